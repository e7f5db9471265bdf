package dev.policydesigner.app.cli;

import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.util.List;

/** One kind of check over a whole repo checkout, as {@code check --repo} runs them. */
interface RepoProblemSource {
  /** The problems this source finds in {@code checkout}. */
  List<Problem> problems(RepoCheckout checkout) throws IOException;
}
