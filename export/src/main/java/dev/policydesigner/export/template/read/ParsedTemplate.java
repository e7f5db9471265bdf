package dev.policydesigner.export.template.read;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.check.Problem;
import java.util.List;

/**
 * A policy template read line by line.
 *
 * @param path repo-relative path
 * @param text the original text
 * @param outerGuard the {@code #% if … %#} wrapping the whole file ({@link Guard#ALWAYS} if none)
 * @param enforceExpression the expression of {@code #% set enforce = … %#}, or {@code null}
 * @param defaultDeny how the file's first Cilium policy writes {@code enableDefaultDeny}
 * @param policies the policy documents in file order
 * @param problems what could not be read as expected (kept verbatim or skipped)
 */
public record ParsedTemplate(
    String path,
    String text,
    Guard outerGuard,
    String enforceExpression,
    DefaultDenyStyle defaultDeny,
    List<ParsedPolicy> policies,
    List<Problem> problems) {
  public ParsedTemplate {
    policies = List.copyOf(policies);
    problems = List.copyOf(problems);
  }
}
