package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.CidrBlock;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the peers of a CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy rule. Endpoint
 * selectors get the policy's namespace scoping as Cilium adds it: a selector that does not test
 * {@code io.kubernetes.pod.namespace} (nor a {@code reserved:} label) is limited to the policy's
 * namespace in a namespaced policy, and to pods of any namespace in a clusterwide one.
 */
final class CiliumPeerReader {
  private final DocumentContext ctx;
  private final String namespace;

  /** {@code namespace} is the policy's, or {@code null} for a clusterwide policy. */
  CiliumPeerReader(DocumentContext ctx, String namespace) {
    this.ctx = ctx;
    this.namespace = namespace;
  }

  List<Peer> read(Map<String, Object> rule, Direction direction) {
    String p = direction == Direction.INGRESS ? "from" : "to";
    List<Peer> peers = new ArrayList<>();
    for (Object s : ctx.listOrEmpty(rule, p + "Endpoints")) {
      peers.add(new Peer.Endpoints(scoped(SelectorReader.read(ctx, s))));
    }
    entities(rule, p + "Entities").ifPresent(peers::add);
    for (Object c : ctx.listOrEmpty(rule, p + "CIDR")) {
      cidr(rule, String.valueOf(c), List.of()).ifPresent(peers::add);
    }
    for (Object c : ctx.listOrEmpty(rule, p + "CIDRSet")) {
      cidrSet(c).ifPresent(peers::add);
    }
    for (Object n : ctx.listOrEmpty(rule, p + "Nodes")) {
      peers.add(new Peer.Nodes(SelectorReader.read(ctx, n)));
    }
    if (direction == Direction.EGRESS) {
      fqdns(rule).ifPresent(peers::add);
      for (Object s : ctx.listOrEmpty(rule, "toServices")) {
        service(s).ifPresent(peers::add);
      }
    }
    for (String unsupported : List.of("Requires", "Groups")) {
      if (rule.containsKey(p + unsupported)) {
        ctx.problem(rule, p + unsupported + " is not simulated; the rule is read without it");
      }
    }
    return peers;
  }

  /** Cilium's namespace scoping of an endpoint selector. */
  LabelSelector scoped(LabelSelector selector) {
    if (selector.hasKeyPrefix("reserved:") || selector.hasKey(EndpointView.NAMESPACE_LABEL)) {
      return selector;
    }
    if (namespace == null) {
      return selector.with(
          new LabelRequirement(
              EndpointView.NAMESPACE_LABEL, LabelRequirement.Operator.EXISTS, List.of()));
    }
    return selector.withLabel(EndpointView.NAMESPACE_LABEL, namespace);
  }

  private Optional<Peer> entities(Map<String, Object> rule, String key) {
    List<Object> list = ctx.list(rule, key);
    if (list == null) {
      return Optional.empty();
    }
    Set<Entity> entities = EnumSet.noneOf(Entity.class);
    for (Object e : list) {
      String name = String.valueOf(e);
      Optional<Entity> entity =
          name.startsWith("world-") ? Optional.of(Entity.WORLD) : Entity.parse(name);
      if (entity.isPresent()) {
        entities.add(entity.get());
      } else if (!name.equals("none")) {
        ctx.problem(list, "unknown entity '" + name + "' in " + key + "; it is ignored");
      }
    }
    return Optional.of(new Peer.Entities(entities));
  }

  private Optional<Peer> cidr(Object where, String text, List<Object> except) {
    Optional<CidrBlock> block = CidrBlock.tryParse(text);
    if (block.isEmpty()) {
      ctx.problem(where, "'" + text + "' is not a CIDR; the peer is ignored");
      return Optional.empty();
    }
    List<CidrBlock> holes = new ArrayList<>();
    for (Object e : except) {
      Optional<CidrBlock> hole = CidrBlock.tryParse(String.valueOf(e));
      if (hole.isEmpty()) {
        ctx.problem(where, "except '" + e + "' is not a CIDR; it is ignored");
      } else {
        holes.add(hole.get());
      }
    }
    return Optional.of(new Peer.Cidr(text, block.get(), holes));
  }

  private Optional<Peer> cidrSet(Object node) {
    Map<String, Object> m = DocumentContext.asMap(node);
    String c = m == null ? null : DocumentContext.string(m, "cidr");
    if (c == null) {
      ctx.problem(
          node,
          "a CIDR set entry without cidr (e.g. cidrGroupRef) is not simulated; it is ignored");
      return Optional.empty();
    }
    return cidr(node, c, ctx.listOrEmpty(m, "except"));
  }

  private Optional<Peer> fqdns(Map<String, Object> rule) {
    List<Object> list = ctx.list(rule, "toFQDNs");
    if (list == null) {
      return Optional.empty();
    }
    List<FqdnSelector> selectors = new ArrayList<>();
    for (Object f : list) {
      Map<String, Object> m = DocumentContext.asMap(f);
      String name = m == null ? null : DocumentContext.string(m, "matchName");
      String pattern = m == null ? null : DocumentContext.string(m, "matchPattern");
      if (name != null) {
        selectors.add(FqdnSelector.name(name));
      }
      if (pattern != null) {
        selectors.add(FqdnSelector.pattern(pattern));
      }
    }
    return Optional.of(new Peer.Fqdns(selectors));
  }

  private Optional<Peer> service(Object node) {
    Map<String, Object> m = DocumentContext.asMap(node);
    if (m == null) {
      return Optional.empty();
    }
    Map<String, Object> byName = ctx.map(m, "k8sService");
    if (!byName.isEmpty()) {
      return Optional.of(
          new Peer.Services(
              DocumentContext.string(byName, "namespace"),
              DocumentContext.string(byName, "serviceName"),
              null));
    }
    Map<String, Object> bySelector = ctx.map(m, "k8sServiceSelector");
    if (bySelector.isEmpty()) {
      ctx.problem(node, "toServices entry without k8sService or k8sServiceSelector; ignored");
      return Optional.empty();
    }
    LabelSelector selector = SelectorReader.read(ctx, bySelector.get("selector"));
    return Optional.of(
        new Peer.Services(DocumentContext.string(bySelector, "namespace"), null, selector));
  }
}
