package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Kubernetes label selector: {@code matchLabels} and {@code matchExpressions}, all of which must
 * hold. The empty selector matches everything. Keys are kept without Cilium's {@code k8s:} and
 * {@code any:} source prefixes (pods' labels come from Kubernetes); {@code reserved:} keys are kept
 * as written.
 *
 * @param matchLabels key → value
 * @param expressions the expressions
 */
public record LabelSelector(Map<String, String> matchLabels, List<LabelRequirement> expressions) {
  /** The selector that matches everything. */
  public static final LabelSelector EVERYTHING = new LabelSelector(Map.of(), List.of());

  public LabelSelector {
    matchLabels = Collections.unmodifiableMap(new TreeMap<>(matchLabels));
    expressions = List.copyOf(expressions);
  }

  /** A key without its {@code k8s:} / {@code any:} source prefix. */
  public static String normalKey(String key) {
    if (key.startsWith("k8s:")) {
      return key.substring(4);
    }
    if (key.startsWith("any:")) {
      return key.substring(4);
    }
    return key;
  }

  /** Whether it matches everything. */
  public boolean isEmpty() {
    return matchLabels.isEmpty() && expressions.isEmpty();
  }

  /** Whether every label and expression holds for {@code labels}. */
  public boolean matches(Map<String, String> labels) {
    for (Map.Entry<String, String> e : matchLabels.entrySet()) {
      if (!e.getValue().equals(labels.get(e.getKey()))) {
        return false;
      }
    }
    for (LabelRequirement r : expressions) {
      if (!r.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a label or an expression tests {@code key}. */
  public boolean hasKey(String key) {
    return matchLabels.containsKey(key) || expressions.stream().anyMatch(r -> r.key().equals(key));
  }

  /** Whether a key starts with {@code prefix}. */
  public boolean hasKeyPrefix(String prefix) {
    return matchLabels.keySet().stream().anyMatch(k -> k.startsWith(prefix))
        || expressions.stream().anyMatch(r -> r.key().startsWith(prefix));
  }

  /** A copy that also requires {@code key = value}. */
  public LabelSelector withLabel(String key, String value) {
    Map<String, String> m = new TreeMap<>(matchLabels);
    m.put(key, value);
    return new LabelSelector(m, expressions);
  }

  /** A copy that also requires {@code requirement}. */
  public LabelSelector with(LabelRequirement requirement) {
    List<LabelRequirement> e = new ArrayList<>(expressions);
    e.add(requirement);
    return new LabelSelector(matchLabels, e);
  }

  /** {@code {app=x, tier NotIn (a)}}, or {@code {}} for the empty selector. */
  public String label() {
    List<String> parts = new ArrayList<>();
    matchLabels.forEach((k, v) -> parts.add(k + "=" + v));
    expressions.forEach(r -> parts.add(r.label()));
    return "{" + String.join(", ", parts) + "}";
  }
}
