package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code netpol-defeats-audit}: in the audit-mode render, a NetworkPolicy selects pods whose Cilium
 * policy only observes ({@code enableDefaultDeny: false}). A NetworkPolicy always denies by default
 * in its policyTypes, so audit mode blocks what the Cilium policy meant to observe.
 */
final class NetpolDefeatsAuditCheck {
  private final PolicyEngine engine;
  private final Representatives representatives;

  NetpolDefeatsAuditCheck(PolicyEngine engine) {
    this.engine = engine;
    this.representatives = new Representatives(engine.policies().namespaces());
  }

  List<Problem> check() {
    List<Problem> findings = new ArrayList<>();
    List<EnginePolicy> all = engine.policies().policies();
    for (EnginePolicy netpol : all) {
      if (netpol.ref().kind() != PolicyKind.KUBERNETES) {
        continue;
      }
      Set<String> observing = new LinkedHashSet<>();
      for (Identity pod : pods(netpol, all)) {
        for (EnginePolicy p : engine.selecting(pod)) {
          for (Direction d : Direction.values()) {
            if (p.ref().kind() != PolicyKind.KUBERNETES
                && p.side(d).optedOut()
                && netpol.side(d).defaultDeny()) {
              observing.add(p.ref().title() + " (" + p.ref().location() + ")");
            }
          }
        }
      }
      if (!observing.isEmpty()) {
        findings.add(finding(netpol, observing));
      }
    }
    return findings;
  }

  /** Pods the NetworkPolicy selects: its own representative and those of Cilium policies. */
  private List<Identity> pods(EnginePolicy netpol, List<EnginePolicy> all) {
    List<Identity> pods = new ArrayList<>(representatives.of(netpol.subject()));
    for (EnginePolicy p : all) {
      for (Identity i : representatives.of(p.subject())) {
        if (!pods.contains(i) && netpol.selects(engine.view(i))) {
          pods.add(i);
        }
      }
    }
    return pods;
  }

  private static Problem finding(EnginePolicy netpol, Set<String> observing) {
    String message =
        netpol.ref().title()
            + " is rendered in audit mode too, where it still denies everything it does not list"
            + " (a NetworkPolicy always denies by default in its policyTypes), while "
            + String.join(", ", observing)
            + " only observes with enableDefaultDeny false: audit mode blocks traffic. Render it"
            + " only in enforce mode.";
    return Problem.of(Severity.WARNING, EngineChecks.NETPOL_DEFEATS_AUDIT, message)
        .inPolicy(netpol.ref().name())
        .atFile(netpol.ref().file(), netpol.ref().line());
  }
}
