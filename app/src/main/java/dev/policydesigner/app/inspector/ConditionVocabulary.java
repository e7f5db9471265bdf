package dev.policydesigner.app.inspector;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flag names a condition may use: the top-level keys of the repo's {@code cluster.yaml} (or
 * {@code cluster.sample.yaml}) and the names already used in the diagram's conditions and guards.
 */
public final class ConditionVocabulary {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern TOP_KEY = Pattern.compile("^([A-Za-z_][A-Za-z0-9_]*)\\s*:");
  private static final Pattern TRAILING_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*$");
  private static final Set<String> WORDS =
      Set.of("and", "or", "not", "in", "is", "default", "true", "false", "none", "lower", "upper");

  private ConditionVocabulary() {}

  /** The flags known for {@code diagram} and the repo checkout (which may be {@code null}). */
  public static Set<String> flags(Diagram diagram, Path repo) {
    Set<String> flags = new TreeSet<>();
    List<String> expressions = new ArrayList<>();
    for (Node n : diagram.nodes()) {
      expressions.add(n.condition());
    }
    for (Flow f : diagram.flows()) {
      expressions.add(f.condition());
    }
    for (PolicyFile f : diagram.files()) {
      expressions.addAll(f.guard().conjuncts());
    }
    for (String e : expressions) {
      addNames(e, flags);
    }
    if (repo != null) {
      addRepoKeys(repo, flags);
    }
    return flags;
  }

  /** Completions of {@code typed}: the text with its last word completed to each known flag. */
  public static List<String> complete(String typed, Set<String> flags) {
    String text = typed == null ? "" : typed;
    Matcher m = TRAILING_NAME.matcher(text);
    String prefix = m.find() ? m.group() : "";
    if (prefix.isEmpty()) {
      return List.of();
    }
    String head = text.substring(0, text.length() - prefix.length());
    List<String> out = new ArrayList<>();
    for (String f : flags) {
      if (f.startsWith(prefix) && !f.equals(prefix)) {
        out.add(head + f + " | default(false)");
      }
    }
    return out;
  }

  private static void addNames(String expression, Set<String> flags) {
    if (expression == null) {
      return;
    }
    String withoutStrings = expression.replaceAll("'[^']*'|\"[^\"]*\"", "");
    Matcher m = NAME.matcher(withoutStrings);
    while (m.find()) {
      if (!WORDS.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
        flags.add(m.group());
      }
    }
  }

  private static void addRepoKeys(Path repo, Set<String> flags) {
    for (String name : List.of("cluster.yaml", "cluster.sample.yaml")) {
      Path file = repo.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try {
        for (String line : Files.readAllLines(file)) {
          Matcher m = TOP_KEY.matcher(line);
          if (m.find()) {
            flags.add(m.group(1));
          }
        }
      } catch (IOException e) {
        // an unreadable cluster file only means fewer suggestions
      }
    }
  }
}
