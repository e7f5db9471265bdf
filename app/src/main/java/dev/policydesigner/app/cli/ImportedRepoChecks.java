package dev.policydesigner.app.cli;

import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.read.ImportProblem;
import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code check --repo}'s checks of the diagram imported from the repo's policy templates: what the
 * import could not read (code {@code import}, at file:line), then the imported diagram's validation
 * and lints.
 */
final class ImportedRepoChecks implements RepoProblemSource {
  /** The import's own "not listed" notes: the kustomization-guard check decides those. */
  private static final Pattern NOT_LISTED =
      Pattern.compile("^(no \\S+ lists|\\S+ does not list) \\./\\S+$");

  @Override
  public List<ReportedProblem> problems(RepoCheckout checkout) throws IOException {
    ImportResult result = new RepoImporter().importRepo(checkout.root(), null);
    List<ReportedProblem> all = new ArrayList<>();
    for (ImportProblem p : result.problems()) {
      if (!NOT_LISTED.matcher(p.message()).matches()) {
        Severity severity = p.error() ? Severity.ERROR : Severity.WARNING;
        Problem problem =
            new Problem(severity, "import", p.message(), null, null, null, null, null, null, null);
        all.add(ReportedProblem.of(problem.atFile(p.file(), p.line() > 0 ? p.line() : null)));
      }
    }
    all.addAll(DiagramChecks.of(result.diagram()));
    return all;
  }
}
