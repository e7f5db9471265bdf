package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The lints run together, in a fixed order. The checks that need the repo ({@code
 * kustomization-guard}) or raw values ({@code invalid-value}) live with the repo checks and
 * validation; the ones about what the cluster does ({@code fqdn-without-dns}, {@code
 * netpol-defeats-audit}, {@code host-without-remote-node}, {@code one-sided-flow}) are computed by
 * the policy engine on the rendered templates ({@code EngineChecks}).
 */
public final class LintSet {
  private final List<Lint> lints;

  /** A set of the given lints. */
  public LintSet(List<Lint> lints) {
    this.lints = List.copyOf(lints);
  }

  /** Every lint of this package. */
  public static LintSet standard() {
    return new LintSet(
        List.of(
            new CoarseNetpolLint(),
            new DefaultDenyFalseIsNotAuditLint(),
            new ServicePortLint(),
            new UndeclaredPortLint(),
            new UnmatchedSelectorLint(),
            new DuplicateSelectorLint(),
            new FqdnIngressLint(),
            new DuplicateRuleLint(),
            new FileOutsideNamespaceLint()));
  }

  /** The lints, in order. */
  public List<Lint> lints() {
    return lints;
  }

  /** All findings, lint by lint: errors first, then warnings, then infos. */
  public List<Problem> check(Diagram diagram) {
    List<Problem> all = new ArrayList<>();
    for (Lint lint : lints) {
      all.addAll(lint.check(diagram));
    }
    all.sort((a, b) -> a.severity().compareTo(b.severity()));
    return all;
  }
}
