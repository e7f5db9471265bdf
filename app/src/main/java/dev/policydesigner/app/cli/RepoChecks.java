package dev.policydesigner.app.cli;

import dev.policydesigner.export.check.KustomizationGuardLint;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.lint.DiagramChecks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks {@code check --repo} runs, in order, each a {@link RepoProblemSource}: the
 * kustomization guards, the diagram imported from the repo's policy templates, then what the policy
 * engine finds on the rendered documents.
 */
final class RepoChecks {
  private final List<RepoProblemSource> sources;

  RepoChecks(List<RepoProblemSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The kustomization guards under {@code templates/}, then the imported diagram's checks. */
  static RepoChecks standard() {
    return new RepoChecks(
        List.of(
            RepoChecks::kustomizationGuards, new ImportedRepoChecks(), new RenderedRepoChecks()));
  }

  List<Problem> run(RepoCheckout checkout) throws IOException {
    List<Problem> all = new ArrayList<>();
    for (RepoProblemSource source : sources) {
      all.addAll(source.problems(checkout));
    }
    return DiagramChecks.bySeverity(all);
  }

  private static List<Problem> kustomizationGuards(RepoCheckout checkout) throws IOException {
    return new KustomizationGuardLint().check(checkout);
  }
}
