package dev.policydesigner.app.canvas;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The graph as it would render with some values: the nodes whose condition is false, and the flows
 * whose guard (their condition and their ends' conditions) is false. A condition that reads a name
 * without a chosen value counts as false only when it is false with that name on and off, unless
 * every value is known (the values of a {@code cluster.yaml}), where a missing name is undefined as
 * in the render.
 */
public final class FlagPreview {
  private FlagPreview() {}

  /** The ids of the nodes and flows left out with {@code values}. */
  public static Set<String> leftOut(Diagram d, Map<String, ?> values, boolean complete) {
    Set<String> out = new LinkedHashSet<>();
    if (values.isEmpty() && !complete) {
      return out;
    }
    for (Node n : d.nodes()) {
      if (isFalse(n.condition(), values, complete)) {
        out.add(n.id());
      }
    }
    for (Flow f : d.flows()) {
      if (out.contains(f.from())
          || out.contains(f.to())
          || isFalse(f.condition(), values, complete)) {
        out.add(f.id());
      }
    }
    return out;
  }

  private static boolean isFalse(String condition, Map<String, ?> values, boolean complete) {
    if (condition == null) {
      return false;
    }
    try {
      Condition c = Condition.parse(condition);
      if (complete) {
        return !c.test(values);
      }
      // a name without a chosen value may be either: false only if false both ways
      Map<String, Object> on = new java.util.HashMap<>(values);
      Map<String, Object> off = new java.util.HashMap<>(values);
      for (String name : c.names()) {
        on.putIfAbsent(name, true);
        off.putIfAbsent(name, false);
      }
      return !c.test(on) && !c.test(off);
    } catch (ExpressionException e) {
      return false; // the Problems tab reports it
    }
  }
}
