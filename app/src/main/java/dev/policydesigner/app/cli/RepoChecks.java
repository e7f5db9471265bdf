package dev.policydesigner.app.cli;

import dev.policydesigner.export.check.KustomizationGuardLint;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.lint.DiagramChecks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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

  /**
   * Every source's problems, errors first, each source's in its order. The sources are independent
   * and run side by side (on every core), their problems joined in the sources' order.
   */
  List<Problem> run(RepoCheckout checkout) throws IOException {
    List<CompletableFuture<List<Problem>>> running = new ArrayList<>();
    for (RepoProblemSource source : sources) {
      running.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return source.problems(checkout);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              }));
    }
    List<Problem> all = new ArrayList<>();
    try {
      for (CompletableFuture<List<Problem>> r : running) {
        all.addAll(r.join());
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
    return DiagramChecks.bySeverity(all);
  }

  private static List<Problem> kustomizationGuards(RepoCheckout checkout) throws IOException {
    return new KustomizationGuardLint().check(checkout);
  }
}
