package dev.policydesigner.app.cli;

import dev.policydesigner.export.repo.RepoCheckout;
import java.io.IOException;
import java.util.List;

/** One kind of check over a whole repo checkout, as {@code check --repo} runs them. */
interface RepoProblemSource {
  /** The problems this source finds in {@code checkout}. */
  List<ReportedProblem> problems(RepoCheckout checkout) throws IOException;
}
