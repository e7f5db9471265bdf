package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code one-sided-flow}: a rule that admits a pod on ports none of which the other side's policies
 * let through (an egress rule whose destination's ingress denies them, or an ingress rule whose
 * source's egress denies them), checked with the pods the selectors name. A rule over several ports
 * or all ports whose peer admits some of them is not one-sided. The finding names the rule first,
 * then the policies that deny on the other side.
 */
final class OneSidedFlowCheck {
  private final PolicyEngine engine;
  private final Representatives representatives;
  private final Map<String, List<Identity.Pod>> knownPods = new HashMap<>();

  OneSidedFlowCheck(PolicyEngine engine) {
    this.engine = engine;
    this.representatives = new Representatives(engine.policies().namespaces());
    for (Identity i : Identities.of(engine.policies())) {
      if (i instanceof Identity.Pod pod) {
        knownPods.computeIfAbsent(pod.namespace(), k -> new ArrayList<>()).add(pod);
      }
    }
  }

  List<Problem> check() {
    List<Problem> findings = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (EnginePolicy p : engine.policies().policies()) {
      for (Identity self : representatives.of(p.subject())) {
        for (Direction d : Direction.values()) {
          for (EngineRule r : p.side(d).allows()) {
            check(self, d, r, findings, seen);
          }
        }
      }
    }
    return findings;
  }

  private void check(
      Identity self, Direction d, EngineRule r, List<Problem> findings, Set<String> seen) {
    PortSet ports = r.ports().ports();
    Traffic traffic = ports.first().orElse(null);
    if (traffic == null) {
      return;
    }
    Direction back = d == Direction.EGRESS ? Direction.INGRESS : Direction.EGRESS;
    for (Peer peer : r.peers()) {
      if (!(peer instanceof Peer.Endpoints || peer instanceof Peer.KubernetesPods)) {
        continue;
      }
      for (Identity other : representatives.of(peer)) {
        // A rule over several ports (or all of them) is one-sided only when the other side lets
        // none of them through: a rule for every port beside a peer that admits one is usual.
        PortSet through = ports.intersect(engine.analyze(other, back, self).allowedPorts());
        if (!through.isEmpty() || someKnownPodGetsThrough(self, d, r, other, ports)) {
          continue;
        }
        Decision decision =
            d == Direction.EGRESS
                ? engine.decide(self, other, traffic)
                : engine.decide(other, self, traffic);
        SideVerdict mine = d == Direction.EGRESS ? decision.egress() : decision.ingress();
        SideVerdict theirs = d == Direction.EGRESS ? decision.ingress() : decision.egress();
        if (mine.allowedBy().contains(r.source())
            && !theirs.allowed()
            && !theirs.unknown()
            && seen.add(r.source().location() + other)) {
          findings.add(finding(r, self, other, ports, theirs));
        }
      }
    }
  }

  /**
   * Whether a pod the policies name, which the rule's peer selects as well as its representative (a
   * peer of a whole namespace stands for every pod of it), sends or receives on one of the ports:
   * then the rule is in use, only broader than one pod.
   */
  private boolean someKnownPodGetsThrough(
      Identity self, Direction d, EngineRule r, Identity other, PortSet ports) {
    if (!(other instanceof Identity.Pod representative)) {
      return false;
    }
    Direction back = d == Direction.EGRESS ? Direction.INGRESS : Direction.EGRESS;
    for (Identity.Pod known : knownPods.getOrDefault(representative.namespace(), List.of())) {
      if (known.equals(representative)
          || !known.labels().entrySet().containsAll(representative.labels().entrySet())) {
        continue;
      }
      boolean selected =
          engine.analyze(self, d, known).allows().stream()
              .anyMatch(m -> m.source().equals(r.source()));
      if (selected
          && !ports.intersect(engine.analyze(known, back, self).allowedPorts()).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Problem finding(
      EngineRule r, Identity self, Identity other, PortSet ports, SideVerdict theirs) {
    String side = theirs.direction().yamlName();
    boolean onePort = ports.first().map(PortSet::of).orElse(PortSet.NONE).equals(ports);
    String why =
        onePort || !theirs.deniedBy().isEmpty()
            ? theirs.explanation()
            : side
                + " is default-deny; no "
                + side
                + " rule admits "
                + self.label()
                + " on "
                + portsText(ports);
    String message =
        r.source().policy().title()
            + " "
            + r.source().section()
            + " rule allows "
            + other.label()
            + " on "
            + portsText(ports)
            + ", but the other side does not: for "
            + theirs.endpoint()
            + ", "
            + why
            + ". The traffic is dropped; allow it on both sides.";
    List<SourceLocation> places = new ArrayList<>();
    places.add(SourceLocation.of(r.source().file(), r.source().line()));
    for (DefaultDenyCause c : theirs.defaultDenyBy()) {
      places.add(SourceLocation.of(c.policy().file(), c.policy().line()));
    }
    return Problem.of(Severity.WARNING, EngineChecks.ONE_SIDED_FLOW, message)
        .inPolicy(r.source().policy().name())
        .at(places);
  }

  /** {@code 8080/TCP}, {@code 8989/TCP, 7878/TCP}, or {@code any port}. */
  private static String portsText(PortSet ports) {
    return ports.isAll() ? "any port" : ports.label();
  }
}
