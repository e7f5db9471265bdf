package dev.policydesigner.app.cli;

import dev.policydesigner.export.check.CheckoutPolicyIdentities;
import dev.policydesigner.export.check.ProblemLocator;
import dev.policydesigner.export.check.TemplateLines;
import dev.policydesigner.export.check.WrittenTemplateLines;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.read.ImportResult;
import dev.policydesigner.export.template.read.RepoImporter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.lint.DiagramChecks;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code check --repo}'s checks of the diagram imported from the repo's policy templates: what the
 * import could not read (code {@code import}, at file:line), two templates that define one policy
 * (code {@code duplicate-policy}, at the later one's name line), then the imported diagram's
 * validation and lints.
 */
final class ImportedRepoChecks implements RepoProblemSource {
  /** The import's own "not listed" notes: the kustomization-guard check decides those. */
  private static final Pattern NOT_LISTED =
      Pattern.compile("^(no \\S+ lists|\\S+ does not list) \\./\\S+$");

  @Override
  public List<Problem> problems(RepoCheckout checkout) throws IOException {
    ImportResult result = RepoImporter.withoutFingerprints().importRepo(checkout.root(), null);
    List<Problem> all = new ArrayList<>();
    for (Problem p : result.problems()) {
      if (!NOT_LISTED.matcher(p.message()).matches()) {
        all.add(p);
      }
    }
    List<Problem> duplicates = CheckoutPolicyIdentities.duplicates(checkout);
    all.addAll(duplicates);
    Set<String> reported = new HashSet<>();
    duplicates.forEach(p -> reported.add(p.file()));
    Diagram diagram = result.diagram();
    TemplateLines lines = result.lines().or(WrittenTemplateLines.byFile(diagram));
    for (Problem p :
        new ProblemLocator(diagram, lines).locate(DiagramChecks.of(diagram, checkout.values()))) {
      // the scan of the templates names the line; the imported diagram only the file
      if (!(p.code().equals(CheckoutPolicyIdentities.CODE) && reported.contains(p.file()))) {
        all.add(p);
      }
    }
    return all;
  }
}
