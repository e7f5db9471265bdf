package dev.policydesigner.app.inspector;

import dev.policydesigner.export.repo.ClusterValuesReader;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.lint.FlagNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flag names a condition may use: the flags the diagram's conditions and guards already test
 * ({@link FlagNames}) and the top-level keys of the repo's {@code cluster.yaml} (or {@code
 * cluster.sample.yaml}).
 */
public final class ConditionVocabulary {
  private static final Pattern TRAILING_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*$");

  private ConditionVocabulary() {}

  /** The flags known for {@code diagram} and the repo checkout (which may be {@code null}). */
  public static Set<String> flags(Diagram diagram, Path repo) {
    Set<String> flags = new TreeSet<>(FlagNames.of(diagram).names());
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

  private static void addRepoKeys(Path repo, Set<String> flags) {
    for (String name : List.of("cluster.yaml", "cluster.sample.yaml")) {
      Path file = repo.resolve(name);
      if (Files.isRegularFile(file)) {
        try {
          flags.addAll(ClusterValuesReader.read(file, name).keySet());
        } catch (RepoException e) {
          // an unreadable cluster file only means fewer suggestions
        }
      }
    }
  }
}
