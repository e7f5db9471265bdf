package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code duplicate-rule}: two flows with the same ends, ports (in any order), L7 rules and
 * condition. They derive the same rule twice; the later one can go.
 */
public final class DuplicateRuleLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "duplicate-rule";

  private record Key(String from, String to, Set<PortRange> ports, L7Rules l7, String condition) {}

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    Map<Key, Flow> first = new HashMap<>();
    for (Flow flow : diagram.flows()) {
      Key key =
          new Key(
              flow.from(),
              flow.to(),
              new LinkedHashSet<>(flow.ports()),
              flow.l7(),
              Objects.requireNonNullElse(flow.condition(), ""));
      Flow earlier = first.putIfAbsent(key, flow);
      if (earlier != null) {
        findings.add(finding(diagram, earlier, flow));
      }
    }
    return findings;
  }

  private static Problem finding(Diagram diagram, Flow earlier, Flow duplicate) {
    String message =
        "Flow "
            + duplicate.id()
            + " repeats flow "
            + earlier.id()
            + " (same ends, ports, L7 rules and condition): the policy would list the rule twice.";
    QuickFix fix =
        new QuickFix(
            "Remove flow " + duplicate.id(),
            d ->
                d.withFlows(
                    d.flows().stream().filter(f -> !f.id().equals(duplicate.id())).toList()));
    Problem finding =
        Problem.onFlow(
                Severity.WARNING, CODE, message, duplicate.id(), duplicate.from(), duplicate.to())
            .withFix(fix);
    return FlowLocation.locate(diagram, duplicate, finding);
  }
}
