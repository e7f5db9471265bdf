package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The flag names the conditions and guards of a diagram use ({@code hubble_enabled}, …). */
record FlagNames(List<String> names) {
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\w'\"])([A-Za-z_][A-Za-z0-9_]*)(?![\\w'\"(])");
  private static final Set<String> KEYWORDS =
      Set.of(
          "and", "or", "not", "in", "is", "true", "false", "none", "True", "False", "None",
          "default", "lower", "upper", "bool", "enforce");

  static FlagNames of(Diagram d) {
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
    return new FlagNames(List.copyOf(names));
  }

  private static void add(String expression, Set<String> names) {
    if (expression == null) {
      return;
    }
    String unquoted = expression.replaceAll("'[^']*'|\"[^\"]*\"", "''");
    Matcher m = IDENTIFIER.matcher(unquoted);
    while (m.find()) {
      if (!KEYWORDS.contains(m.group(1))) {
        names.add(m.group(1));
      }
    }
  }
}
