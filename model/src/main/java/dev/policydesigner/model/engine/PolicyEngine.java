package dev.policydesigner.model.engine;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers "would A reach B on port P, and which rules decide it" over a {@link PolicySet}, with
 * Cilium's semantics:
 *
 * <ul>
 *   <li>A connection passes when the source's egress and the destination's ingress both let it.
 *   <li>A side is default-deny when any policy selecting the endpoint makes it so (a Cilium policy
 *       by {@code enableDefaultDeny}, or by having rules in that direction when it does not say; a
 *       NetworkPolicy in each direction of its {@code policyTypes}); an endpoint no policy selects
 *       is not restricted.
 *   <li>The allows of every selecting policy, of all kinds, add up; a matching deny rule wins.
 *   <li>A {@code toFQDNs} rule admits a name only when a DNS rule ({@code rules.dns}) of a policy
 *       selecting the source lets the DNS proxy see lookups of it; otherwise the name never
 *       resolves to an allowed address.
 *   <li>Pods are selected by endpoint selectors and pod selectors; the host of a node only by host
 *       policies ({@code nodeSelector}); other identities are not restricted.
 * </ul>
 *
 * Thread-safe; caches per identity.
 */
public final class PolicyEngine {
  private final PolicySet set;
  private final PolicyIndex index;
  private final Map<Identity, EndpointView> views = new ConcurrentHashMap<>();
  private final Map<Identity, List<EnginePolicy>> selecting = new ConcurrentHashMap<>();
  private final Map<Identity, List<FqdnSelector>> dnsVisible = new ConcurrentHashMap<>();

  /** An engine over {@code set}. */
  public PolicyEngine(PolicySet set) {
    this.set = set;
    this.index = new PolicyIndex(set.policies());
  }

  /** The policies it decides with. */
  public PolicySet policies() {
    return set;
  }

  /** The answer for one connection. */
  public Decision decide(Identity from, Identity to, Traffic traffic) {
    SideVerdict egress = analyze(from, Direction.EGRESS, to).verdict(traffic);
    SideVerdict ingress = analyze(to, Direction.INGRESS, from).verdict(traffic);
    return new Decision(from, to, traffic, egress, ingress);
  }

  /** The ports on which {@code from} reaches {@code to}: what both sides let through. */
  public PortSet allowed(Identity from, Identity to) {
    PortSet egress = analyze(from, Direction.EGRESS, to).allowedPorts();
    if (egress.isEmpty()) {
      return egress;
    }
    return egress.intersect(analyze(to, Direction.INGRESS, from).allowedPorts());
  }

  /** What the policies say about {@code self}'s {@code direction} towards {@code other}. */
  public SideAnalysis analyze(Identity self, Direction direction, Identity other) {
    EndpointView me = view(self);
    EndpointView peer = view(other);
    List<PolicyRef> refs = new ArrayList<>();
    List<DefaultDenyCause> denyBy = new ArrayList<>();
    List<RuleMatch> allows = new ArrayList<>();
    List<RuleMatch> denies = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (EnginePolicy p : selecting(me)) {
      refs.add(p.ref());
      DirectionRules side = p.side(direction);
      if (side.defaultDeny()) {
        denyBy.add(new DefaultDenyCause(p.ref(), side.reason()));
      }
      for (EngineRule r : side.allows()) {
        if (covers(r, me, peer, notes)) {
          allows.add(match(r));
        }
      }
      for (EngineRule r : side.denies()) {
        if (covers(r, me, peer, notes)) {
          denies.add(match(r));
        }
      }
    }
    return new SideAnalysis(direction, self, other, refs, denyBy, allows, denies, notes);
  }

  private static RuleMatch match(EngineRule r) {
    return new RuleMatch(r.source(), r.ports().ports(), r.ports().namedPorts(), r.ports().l7());
  }

  private boolean covers(EngineRule r, EndpointView me, EndpointView peer, List<String> notes) {
    boolean fqdnOnly = false;
    for (Peer p : r.peers()) {
      if (!PeerMatch.matches(p, peer, set.services())) {
        continue;
      }
      if (!(p instanceof Peer.Fqdns)) {
        return true;
      }
      fqdnOnly = true;
    }
    if (!fqdnOnly) {
      return false;
    }
    Identity.DnsName name = (Identity.DnsName) peer.identity;
    boolean resolves = dnsVisible(me).stream().anyMatch(s -> PeerMatch.covers(s, name.name()));
    if (!resolves) {
      notes.add(
          r.source().label()
              + " allows "
              + name.name().value()
              + " by toFQDNs, but no DNS rule (rules.dns) of a policy selecting "
              + me.identity.label()
              + " covers that name: Cilium never learns its addresses, so the rule admits"
              + " nothing");
    }
    return resolves;
  }

  /** The names whose lookups the DNS proxy sees for {@code identity}. */
  List<FqdnSelector> dnsNames(Identity identity) {
    return dnsVisible(view(identity));
  }

  /** The policies selecting {@code identity}. */
  List<EnginePolicy> selecting(Identity identity) {
    return selecting(view(identity));
  }

  EndpointView view(Identity identity) {
    return views.computeIfAbsent(identity, i -> new EndpointView(i, set.namespaces()));
  }

  private List<EnginePolicy> selecting(EndpointView endpoint) {
    // only the policies that can select a pod of its namespace are tried, in document order
    return selecting.computeIfAbsent(
        endpoint.identity,
        i ->
            index.candidates(i instanceof Identity.Pod pod ? pod.namespace() : null).stream()
                .filter(p -> p.selects(endpoint))
                .toList());
  }

  /** The names whose lookups the DNS proxy sees for {@code endpoint} (its egress DNS rules). */
  private List<FqdnSelector> dnsVisible(EndpointView endpoint) {
    return dnsVisible.computeIfAbsent(
        endpoint.identity,
        i -> {
          List<FqdnSelector> names = new ArrayList<>();
          for (EnginePolicy p : selecting(endpoint)) {
            p.egress().allows().forEach(r -> names.addAll(r.ports().dnsNames()));
          }
          return names;
        });
  }
}
