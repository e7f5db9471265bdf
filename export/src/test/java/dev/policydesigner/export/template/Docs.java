package dev.policydesigner.export.template;

import java.util.List;
import java.util.Map;

/** Reads parts of parsed YAML documents in tests. */
final class Docs {
  private Docs() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object value) {
    return (List<Object>) value;
  }

  static Map<String, Object> spec(Object document) {
    return map(map(document).get("spec"));
  }

  /** The rules of a direction, or an empty list when the key is absent. */
  static List<Object> rules(Object document, String direction) {
    Object rules = spec(document).get(direction);
    return rules == null ? List.of() : list(rules);
  }

  /** {@code rule.toPorts[0].ports}. */
  static List<Object> ports(Object rule) {
    return list(map(list(map(rule).get("toPorts")).get(0)).get("ports"));
  }
}
