package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The condition under which a flow's rules exist, in words: {@code only when `monitoring_enabled
 * and hubble_enabled`}. It is the rules' guards (flow condition and peer condition) and the outer
 * guards of their files, without {@code | default(false)} and without {@code
 * network_policies_enabled} (every policy has it). A flow without rules takes its own condition and
 * its ends' conditions. Nothing when the rules always exist.
 */
final class GuardPhrase {
  static final String EVERY_POLICY = "network_policies_enabled";
  private static final Pattern DEFAULT_FALSE =
      Pattern.compile("\\s*\\|\\s*default\\s*\\(\\s*(false|False)\\s*\\)");

  private GuardPhrase() {}

  static Optional<String> of(Diagram diagram, Flow flow, List<LocatedRule> rules) {
    Guard guard = rules.isEmpty() ? ownGuard(diagram, flow) : Guard.ALWAYS;
    for (LocatedRule r : rules) {
      guard = guard.and(r.rule().guard());
    }
    for (LocatedRule r : rules) {
      guard = guard.and(r.fileGuard());
    }
    Guard shown = plain(guard);
    return shown.isAlways()
        ? Optional.empty()
        : Optional.of("only when `" + shown.expression() + "`");
  }

  private static Guard ownGuard(Diagram diagram, Flow flow) {
    return Guard.parse(flow.condition())
        .and(Guard.parse(diagram.node(flow.from()).map(Node::condition).orElse(null)))
        .and(Guard.parse(diagram.node(flow.to()).map(Node::condition).orElse(null)));
  }

  /** The guard without {@code | default(false)} and without the conjunct every policy has. */
  static Guard plain(Guard guard) {
    List<String> conjuncts = new ArrayList<>();
    for (String c : guard.conjuncts()) {
      String stripped = DEFAULT_FALSE.matcher(c).replaceAll("").strip();
      if (!stripped.equals(EVERY_POLICY)) {
        conjuncts.add(stripped);
      }
    }
    return new Guard(conjuncts);
  }
}
