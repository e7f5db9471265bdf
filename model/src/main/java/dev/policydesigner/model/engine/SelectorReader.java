package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads label selectors ({@code matchLabels} and {@code matchExpressions}). */
final class SelectorReader {
  private SelectorReader() {}

  /**
   * The selector written at {@code node}; the empty selector when the node is {@code {}} or null. A
   * bad expression is reported and makes the selector match nothing (an unknown operator never
   * silently widens a rule).
   */
  static LabelSelector read(DocumentContext ctx, Object node) {
    Map<String, Object> m = DocumentContext.asMap(node);
    if (m == null) {
      if (node != null) {
        ctx.problem(node, "a label selector must be a mapping; it is read as matching nothing");
        return nothing();
      }
      return LabelSelector.EVERYTHING;
    }
    Map<String, String> labels = new LinkedHashMap<>();
    ctx.map(m, "matchLabels")
        .forEach((k, v) -> labels.put(LabelSelector.normalKey(k), v == null ? "" : text(v)));
    List<LabelRequirement> expressions = new ArrayList<>();
    for (Object e : ctx.listOrEmpty(m, "matchExpressions")) {
      LabelRequirement r = requirement(ctx, e);
      if (r == null) {
        return nothing();
      }
      expressions.add(r);
    }
    return new LabelSelector(labels, expressions);
  }

  private static LabelRequirement requirement(DocumentContext ctx, Object node) {
    Map<String, Object> e = DocumentContext.asMap(node);
    String key = e == null ? null : DocumentContext.string(e, "key");
    String op = e == null ? null : DocumentContext.string(e, "operator");
    LabelRequirement.Operator operator = op == null ? null : LabelRequirement.Operator.parse(op);
    if (key == null || operator == null) {
      ctx.problem(
          node,
          "matchExpressions entry needs a key and an operator In, NotIn, Exists or DoesNotExist;"
              + " the selector is read as matching nothing");
      return null;
    }
    List<String> values = new ArrayList<>();
    ctx.listOrEmpty(e, "values").forEach(v -> values.add(text(v)));
    return new LabelRequirement(LabelSelector.normalKey(key), operator, values);
  }

  /** A scalar as YAML would print it back ({@code true}, {@code 3}, text). */
  static String text(Object v) {
    return String.valueOf(v);
  }

  /** A selector no endpoint satisfies. */
  static LabelSelector nothing() {
    return LabelSelector.EVERYTHING.with(
        new LabelRequirement("reserved:none", LabelRequirement.Operator.EXISTS, List.of()));
  }
}
