package dev.policydesigner.export.check;

import dev.policydesigner.model.check.Problem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * The fallback of {@link KustomizationGuardLint} for files whose conditions read too many flags to
 * render every combination: the conjuncts enclosing the entry must be those of the template's own
 * guard, compared as written (spacing and outer parentheses aside).
 */
final class GuardTextComparison {
  private GuardTextComparison() {}

  static Optional<Problem> compare(
      TemplateSourceText kust, ResourceEntry entry, TemplateSourceText template) {
    Set<String> templateGuard = new ConditionScopes(template.text()).fileGuard();
    String templateName = Path.of(template.path()).getFileName().toString();
    String why =
        " (more than "
            + GuardAgreement.MAX_FLAGS
            + " flags to render every combination, so the conditions are compared as written)";
    boolean listed =
        kust.text()
            .lines()
            .skip(entry.line() - 1L)
            .findFirst()
            .filter(entry::isListedBy)
            .isPresent();
    if (!listed) {
      return Optional.of(
          Problem.warning(
                  KustomizationGuardLint.CODE,
                  "omits "
                      + entry.listed()
                      + " although it renders when "
                      + shown(templateGuard)
                      + why
                      + ": list it under the same condition as "
                      + templateName)
              .atFile(kust.path(), entry.line()));
    }
    Set<String> entryGuard = new ConditionScopes(kust.text()).at(entry.line());
    if (entryGuard.equals(templateGuard)) {
      return Optional.empty();
    }
    return Optional.of(
        Problem.warning(
                KustomizationGuardLint.CODE,
                "lists "
                    + entry.listed()
                    + " when "
                    + shown(entryGuard)
                    + " but "
                    + templateName
                    + " renders when "
                    + shown(templateGuard)
                    + why
                    + ": use the same condition for both")
            .atFile(kust.path(), entry.line()));
  }

  private static String shown(Set<String> conjuncts) {
    return conjuncts.isEmpty() ? "always" : "'" + String.join(" and ", conjuncts) + "'";
  }
}
