package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Label;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.derive.Direction;
import java.util.List;
import java.util.function.Predicate;

/**
 * A policy as it is in force under the query's values: only its active rules, and whether it makes
 * its endpoints default-deny in each direction.
 *
 * @param kind {@code CiliumNetworkPolicy} or {@code NetworkPolicy}
 * @param name policy name
 * @param namespace policy namespace
 * @param selector labels of the endpoint selector (empty = every pod of the namespace)
 * @param denyIngress whether it makes selected endpoints default-deny for ingress
 * @param denyEgress whether it makes selected endpoints default-deny for egress
 * @param denyReason why it does (or does not), for the explanation
 * @param ingress active ingress rules
 * @param egress active egress rules
 * @param errors the file's outer guard when it could not be evaluated
 */
record PolicyView(
    String kind,
    String name,
    String namespace,
    List<Label> selector,
    boolean denyIngress,
    boolean denyEgress,
    String denyReason,
    List<RuleView> ingress,
    List<RuleView> egress,
    List<String> errors) {
  PolicyView {
    selector = List.copyOf(selector);
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
    errors = List.copyOf(errors);
  }

  /**
   * An active rule: who it admits on which ports. {@code error} is set when its guard could not be
   * evaluated: it then matters only for connections it would admit.
   */
  record RuleView(
      RuleRef ref, Predicate<Party> peer, List<PortRange> ports, boolean hasL7, String error) {
    boolean matches(Party other, int port, Protocol protocol) {
      boolean portOk = ports.isEmpty() || ports.stream().anyMatch(p -> p.covers(port, protocol));
      return portOk && peer.test(other);
    }
  }

  boolean selects(Party party) {
    return party.kind() == Party.Kind.POD
        && namespace.equals(party.namespace())
        && party.labels().containsAll(selector);
  }

  boolean denies(Direction direction) {
    return direction == Direction.INGRESS ? denyIngress : denyEgress;
  }

  List<RuleView> rules(Direction direction) {
    return direction == Direction.INGRESS ? ingress : egress;
  }

  String title() {
    return kind + " " + namespace + "/" + name;
  }
}
