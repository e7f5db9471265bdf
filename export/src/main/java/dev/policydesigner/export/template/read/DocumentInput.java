package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.check.Problem;
import java.util.List;

/**
 * One document of a template, ready to be interpreted.
 *
 * @param path repo-relative path of the template
 * @param yaml the composed YAML
 * @param outer the file's outer guard
 * @param guard the branches the whole document is in, without the outer guard
 * @param title banner title or {@code null}
 * @param purpose banner lines after the title
 * @param line 1-based line of the document's start
 * @param text the document's original text (with its {@code ---} and any statements around it)
 * @param problems where to report what is kept verbatim
 */
record DocumentInput(
    String path,
    YamlDocument yaml,
    Guard outer,
    Guard guard,
    String title,
    String purpose,
    int line,
    String text,
    List<Problem> problems) {

  /** The guard of a span relative to the outer guard and the document's guard. */
  Guard relative(Guard lineGuard) {
    return lineGuard.minus(outer).minus(guard);
  }

  void warn(int line, String message) {
    problems.add(ImportResult.warning(path, line, message));
  }
}
