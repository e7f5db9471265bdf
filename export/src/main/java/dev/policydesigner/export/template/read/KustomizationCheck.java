package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reports imported files that the kustomization beside them does not list: kustomize would not
 * apply them, and an export of a changed file adds the entry.
 */
final class KustomizationCheck {
  private final Path repoRoot;
  private final List<Problem> problems;

  KustomizationCheck(Path repoRoot, List<Problem> problems) {
    this.repoRoot = repoRoot;
    this.problems = problems;
  }

  void check(Diagram diagram) throws IOException {
    for (PolicyFile f : diagram.files()) {
      Path kustomization = repoRoot.resolve(f.kustomizationPath());
      String entry = f.resourceEntry();
      if (!Files.isRegularFile(kustomization)) {
        problems.add(warning(f, "no " + f.kustomizationPath() + " lists " + entry));
      } else if (!lists(Files.readString(kustomization), entry)) {
        problems.add(warning(f, f.kustomizationPath() + " does not list " + entry));
      }
    }
  }

  private static boolean lists(String text, String entry) {
    String bare = entry.substring(2);
    return text.lines()
        .map(String::strip)
        .anyMatch(l -> l.equals("- " + entry) || l.equals("- " + bare));
  }

  private static Problem warning(PolicyFile f, String message) {
    return ImportResult.warning(f.path(), 0, message);
  }
}
