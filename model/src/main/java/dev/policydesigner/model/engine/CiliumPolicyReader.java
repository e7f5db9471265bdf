package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a CiliumNetworkPolicy or CiliumClusterwideNetworkPolicy ({@code spec} and every entry of
 * {@code specs}) with Cilium's default-deny rule: a direction is default-deny when {@code
 * enableDefaultDeny} says so, and when it does not say, when the policy has rules (allow or deny)
 * in that direction.
 */
final class CiliumPolicyReader {
  private final DocumentContext ctx;
  private final PolicyRef ref;

  CiliumPolicyReader(DocumentContext ctx, PolicyRef ref) {
    this.ctx = ctx;
    this.ref = ref;
  }

  List<EnginePolicy> read(Map<String, Object> doc) {
    List<Map<String, Object>> specs = new ArrayList<>();
    Map<String, Object> spec = DocumentContext.asMap(doc.get("spec"));
    if (spec != null) {
      specs.add(spec);
    }
    for (Object s : ctx.listOrEmpty(doc, "specs")) {
      Map<String, Object> m = DocumentContext.asMap(s);
      if (m != null) {
        specs.add(m);
      }
    }
    if (specs.isEmpty()) {
      ctx.problem(doc, ref.title() + " has no spec; it is ignored");
    }
    List<EnginePolicy> policies = new ArrayList<>();
    for (Map<String, Object> s : specs) {
      Peer subject = subject(s);
      if (subject != null) {
        policies.add(
            new EnginePolicy(ref, subject, side(s, Direction.INGRESS), side(s, Direction.EGRESS)));
      }
    }
    return policies;
  }

  private Peer subject(Map<String, Object> spec) {
    if (spec.get("nodeSelector") != null) {
      return new Peer.Nodes(SelectorReader.read(ctx, spec.get("nodeSelector")));
    }
    if (!spec.containsKey("endpointSelector")) {
      ctx.problem(spec, ref.title() + " has neither endpointSelector nor nodeSelector; ignored");
      return null;
    }
    LabelSelector selector = SelectorReader.read(ctx, spec.get("endpointSelector"));
    if (ref.namespace() != null) {
      // Cilium limits a namespaced policy to its own namespace, whatever the selector says.
      selector =
          selector.with(
              new LabelRequirement(
                  EndpointView.NAMESPACE_LABEL,
                  LabelRequirement.Operator.IN,
                  List.of(ref.namespace())));
    }
    return new Peer.Endpoints(selector);
  }

  private DirectionRules side(Map<String, Object> spec, Direction direction) {
    String name = direction.yamlName();
    List<EngineRule> allows = rules(spec, name, direction, false);
    List<EngineRule> denies = rules(spec, name + "Deny", direction, true);
    Boolean explicit = explicitDefaultDeny(spec, name);
    boolean hasRules = !allows.isEmpty() || !denies.isEmpty();
    if (explicit != null) {
      String reason =
          explicit
              ? "enableDefaultDeny." + name + " is true"
              : "enableDefaultDeny." + name + " is false, so it only adds allows";
      return new DirectionRules(explicit, !explicit, reason, allows, denies);
    }
    String reason =
        hasRules
            ? "it has "
                + name
                + " rules and no enableDefaultDeny, so Cilium denies by default"
                + (allows.stream().allMatch(r -> r.peers().isEmpty()) && denies.isEmpty()
                    ? " (its empty rule `" + name + ": [{}]` admits nobody)"
                    : "")
            : "it has no " + name + " rules";
    return new DirectionRules(hasRules, false, reason, allows, denies);
  }

  private Boolean explicitDefaultDeny(Map<String, Object> spec, String direction) {
    Map<String, Object> m = ctx.map(spec, "enableDefaultDeny");
    Object v = m.get(direction);
    if (v == null) {
      return null;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    String t = String.valueOf(v).strip().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("true") || t.equals("false")) {
      return Boolean.parseBoolean(t);
    }
    ctx.problem(m, "enableDefaultDeny." + direction + " is '" + v + "', not true or false");
    return null;
  }

  private List<EngineRule> rules(
      Map<String, Object> spec, String key, Direction direction, boolean deny) {
    List<EngineRule> rules = new ArrayList<>();
    CiliumPeerReader peers = new CiliumPeerReader(ctx, ref.namespace());
    for (Object node : ctx.listOrEmpty(spec, key)) {
      Map<String, Object> rule = DocumentContext.asMap(node);
      if (rule == null) {
        ctx.problem(spec, "an entry of " + key + " is not a mapping; it is ignored");
        continue;
      }
      int line = ctx.line(rule);
      RuleSource source = new RuleSource(ref, direction, deny, line, ctx.commentAbove(line));
      PortMatch ports = PortReader.cilium(ctx, rule);
      List<Peer> list = new ArrayList<>(peers.read(rule, direction));
      boolean hasPorts = rule.get("toPorts") != null || rule.get("icmps") != null;
      if (list.isEmpty() && hasPorts && !hasPeerKey(rule)) {
        list.add(new Peer.Anything()); // an L4-only rule applies to every peer
      }
      if (deny && !ports.l7().isEmpty()) {
        ctx.problem(rule, "deny rules cannot carry L7 rules; Cilium rejects such a policy");
      }
      rules.add(new EngineRule(source, list, ports));
    }
    return rules;
  }

  /** Whether the rule names peers at all (even ones that matched nothing when read). */
  private static boolean hasPeerKey(Map<String, Object> rule) {
    for (String k : rule.keySet()) {
      if ((k.startsWith("from") || k.startsWith("to")) && !k.equals("toPorts")) {
        return true;
      }
    }
    return false;
  }
}
