package dev.policydesigner.export.template.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites rendered CiliumNetworkPolicies into one of each pair of forms that Cilium treats alike
 * and the import normalises (see ADR 0002): a rule with several endpoint selectors becomes one rule
 * per selector, {@code toCIDR}/{@code fromCIDR} become CIDR sets, a single-value {@code In}
 * expression becomes a label, and an endpoint selector without namespace gets the policy's.
 */
final class EquivalentForms {
  private static final String NS = "io.kubernetes.pod.namespace";

  private EquivalentForms() {}

  static List<Object> normalise(List<Object> documents) {
    List<Object> out = new ArrayList<>();
    for (Object d : documents) {
      out.add(
          d instanceof Map<?, ?> m && "CiliumNetworkPolicy".equals(m.get("kind")) ? cilium(m) : d);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Object cilium(Map<?, ?> doc) {
    Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) doc);
    Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) doc.get("spec"));
    String namespace = String.valueOf(((Map<?, ?>) doc.get("metadata")).get("namespace"));
    spec.put("endpointSelector", labels((Map<?, ?>) spec.get("endpointSelector"), null));
    for (String key : List.of("ingress", "egress")) {
      if (spec.get(key) instanceof List<?> rules) {
        List<Object> split = new ArrayList<>();
        rules.forEach(r -> split.addAll(rule((Map<?, ?>) r, namespace)));
        spec.put(key, split);
      }
    }
    copy.put("spec", spec);
    return copy;
  }

  private static List<Object> rule(Map<?, ?> rule, String namespace) {
    Map<String, Object> base = new LinkedHashMap<>();
    rule.forEach((k, v) -> base.put(String.valueOf(k), v));
    for (String cidr : List.of("fromCIDR", "toCIDR")) {
      if (base.remove(cidr) instanceof List<?> list) {
        List<Object> set = new ArrayList<>();
        list.forEach(c -> set.add(Map.of("cidr", c)));
        base.put(cidr + "Set", set);
      }
    }
    for (String key : List.of("fromEndpoints", "toEndpoints")) {
      if (base.get(key) instanceof List<?> selectors) {
        List<Object> rules = new ArrayList<>();
        for (Object s : selectors) {
          Map<String, Object> one = new LinkedHashMap<>(base);
          one.put(key, List.of(labels((Map<?, ?>) s, namespace)));
          rules.add(one);
        }
        return rules;
      }
    }
    return List.of(base);
  }

  /** The selector with single-value In expressions as labels and, if given, a namespace. */
  private static Map<String, Object> labels(Map<?, ?> selector, String namespace) {
    Map<String, Object> labels = new LinkedHashMap<>();
    if (selector.get("matchLabels") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> labels.put(String.valueOf(k), v));
    }
    List<Object> rest = new ArrayList<>();
    if (selector.get("matchExpressions") instanceof List<?> expressions) {
      for (Object e : expressions) {
        Map<?, ?> x = (Map<?, ?>) e;
        if ("In".equals(x.get("operator"))
            && x.get("values") instanceof List<?> v
            && v.size() == 1) {
          labels.put(String.valueOf(x.get("key")), v.get(0));
        } else {
          rest.add(e);
        }
      }
    }
    if (namespace != null
        && rest.isEmpty()
        && !labels.containsKey(NS)
        && !labels.containsKey("k8s:" + NS)) {
      labels.put(NS, namespace);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    if (!labels.isEmpty() || rest.isEmpty()) {
      out.put("matchLabels", labels);
    }
    if (!rest.isEmpty()) {
      out.put("matchExpressions", rest);
    }
    return out;
  }
}
