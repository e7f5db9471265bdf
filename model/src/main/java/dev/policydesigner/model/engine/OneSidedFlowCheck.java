package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code one-sided-flow}: a rule that admits a pod on a port which the other side's policies do not
 * let through (an egress rule whose destination's ingress denies it, or an ingress rule whose
 * source's egress denies it), checked with the pods the selectors name. The finding names the rule
 * first, then the policies that deny on the other side.
 */
final class OneSidedFlowCheck {
  private final PolicyEngine engine;
  private final Representatives representatives;

  OneSidedFlowCheck(PolicyEngine engine) {
    this.engine = engine;
    this.representatives = new Representatives(engine.policies().namespaces());
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
    Traffic traffic = r.ports().ports().first().orElse(null);
    if (traffic == null) {
      return;
    }
    for (Peer peer : r.peers()) {
      if (!(peer instanceof Peer.Endpoints || peer instanceof Peer.KubernetesPods)) {
        continue;
      }
      for (Identity other : representatives.of(peer)) {
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
          findings.add(finding(r, other, traffic, theirs));
        }
      }
    }
  }

  private static Problem finding(
      EngineRule r, Identity other, Traffic traffic, SideVerdict theirs) {
    String side = theirs.direction().yamlName();
    String message =
        r.source().policy().title()
            + " "
            + r.source().section()
            + " rule allows "
            + other.label()
            + " on "
            + traffic
            + ", but the other side does not: "
            + side
            + " of "
            + theirs.endpoint()
            + " "
            + theirs.explanation()
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
}
