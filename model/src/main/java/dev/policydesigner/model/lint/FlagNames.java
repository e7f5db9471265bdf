package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.expr.Condition;
import dev.policydesigner.model.expr.ExpressionException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The feature flags the conditions and guards of a diagram test ({@code hubble_enabled}, …): the
 * names {@link Condition#flags()} finds, without the mode flag and the templates' own {@code
 * enforce}.
 *
 * @param names the flag names, in order of first use
 */
public record FlagNames(List<String> names) {
  public FlagNames {
    names = List.copyOf(names);
  }

  /** The flags of {@code d}, in order of first use. */
  public static FlagNames of(Diagram d) {
    Set<String> names = new LinkedHashSet<>();
    for (Node n : d.nodes()) {
      add(n.condition(), names);
    }
    for (Flow f : d.flows()) {
      add(f.condition(), names);
    }
    for (PolicyFile file : d.files()) {
      file.guard().conjuncts().forEach(c -> add(c, names));
    }
    names.remove(d.settings().modeFlag());
    names.remove("enforce");
    return new FlagNames(List.copyOf(names));
  }

  private static void add(String expression, Set<String> names) {
    if (expression == null || expression.isBlank()) {
      return;
    }
    try {
      names.addAll(Condition.parse(expression).flags());
    } catch (ExpressionException e) {
      // validation reports the condition; it names no flag
    }
  }
}
