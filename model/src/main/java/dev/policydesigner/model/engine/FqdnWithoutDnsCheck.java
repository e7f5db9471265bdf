package dev.policydesigner.model.engine;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fqdn-without-dns}: a {@code toFQDNs} rule whose names no DNS rule ({@code rules.dns}) of a
 * policy selecting the same pods covers. Cilium learns the addresses behind the names only from
 * lookups its DNS proxy sees, so the rule admits nothing.
 */
final class FqdnWithoutDnsCheck {
  private final PolicyEngine engine;
  private final Representatives representatives;

  FqdnWithoutDnsCheck(PolicyEngine engine) {
    this.engine = engine;
    this.representatives = new Representatives(engine.policies().namespaces());
  }

  List<Problem> check() {
    List<Problem> findings = new ArrayList<>();
    for (EnginePolicy p : engine.policies().policies()) {
      List<FqdnSelector> visible = visible(p);
      for (EngineRule r : p.egress().allows()) {
        List<String> unresolved = new ArrayList<>();
        for (Peer.Fqdns f : r.fqdnPeers()) {
          for (FqdnSelector s : f.selectors()) {
            if (visible.stream().noneMatch(v -> PeerMatch.covers(v, s))) {
              unresolved.add(s.value());
            }
          }
        }
        if (!unresolved.isEmpty()) {
          findings.add(finding(p, r, unresolved));
        }
      }
    }
    return findings;
  }

  /** The DNS names the policy's pods may look up: of every policy selecting them. */
  private List<FqdnSelector> visible(EnginePolicy p) {
    List<FqdnSelector> names = new ArrayList<>();
    p.egress().allows().forEach(r -> names.addAll(r.ports().dnsNames()));
    for (Identity subject : representatives.of(p.subject())) {
      names.addAll(engine.dnsNames(subject));
    }
    return names;
  }

  private static Problem finding(EnginePolicy p, EngineRule r, List<String> names) {
    String message =
        p.ref().title()
            + " allows egress to "
            + String.join(", ", names)
            + " by toFQDNs, but no DNS rule (rules.dns on an egress rule to kube-dns) of a policy"
            + " selecting its pods covers "
            + (names.size() == 1 ? "that name" : "those names")
            + ". Cilium's DNS proxy then never sees the lookups, learns no addresses, and the rule"
            + " admits nothing. Add an egress rule to kube-dns on 53 with rules.dns (e.g."
            + " matchPattern: \"*\").";
    return Problem.of(Severity.ERROR, EngineChecks.FQDN_WITHOUT_DNS, message)
        .inPolicy(p.ref().name())
        .atFile(r.source().file(), r.source().line());
  }
}
