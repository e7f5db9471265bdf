package dev.policydesigner.app.cli;

import dev.policydesigner.export.check.KustomizationGuardLint;
import dev.policydesigner.export.repo.RepoCheckout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks {@code check --repo} runs, in order. Each is a {@link RepoProblemSource}; checking the
 * diagram imported from the repo's templates is one more source in {@link #standard()}.
 */
final class RepoChecks {
  private final List<RepoProblemSource> sources;

  RepoChecks(List<RepoProblemSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The kustomization guards of every directory under {@code templates/}. */
  static RepoChecks standard() {
    return new RepoChecks(List.of(RepoChecks::kustomizationGuards));
  }

  List<ReportedProblem> run(RepoCheckout checkout) throws IOException {
    List<ReportedProblem> all = new ArrayList<>();
    for (RepoProblemSource source : sources) {
      all.addAll(source.problems(checkout));
    }
    return DiagramChecks.sorted(all);
  }

  private static List<ReportedProblem> kustomizationGuards(RepoCheckout checkout)
      throws IOException {
    return new KustomizationGuardLint().check(checkout).stream().map(ReportedProblem::of).toList();
  }
}
