package dev.policydesigner.model.lint;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code default-deny-false-is-not-audit}: a file whose "audit mode" is {@code enableDefaultDeny:
 * false}. That only makes the policy add allows without denying by default; Cilium records no audit
 * verdicts for it. Seeing what enforce mode would drop needs Cilium's policy audit mode ({@code
 * policy-audit-mode}, or the endpoint's {@code PolicyAuditMode}) with the enforcing policy.
 */
public final class DefaultDenyFalseIsNotAuditLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "default-deny-false-is-not-audit";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (PolicyFile file : diagram.files()) {
      if (file.defaultDenyStyle() == DefaultDenyStyle.NONE || file.subjects().isEmpty()) {
        continue;
      }
      String message =
          "in audit mode its policies say enableDefaultDeny: false. That is not an audit:"
              + " the policies then only add allows, nothing is denied and Hubble shows no"
              + " \"would be denied\" verdicts, so traffic the enforce mode will drop goes"
              + " unnoticed. To audit, run the enforcing policies with Cilium's policy audit mode"
              + " (policy-audit-mode, or PolicyAuditMode on the endpoints) and watch for"
              + " AUDIT verdicts in Hubble.";
      findings.add(Problem.onPolicy(Severity.INFO, CODE, message, file.path(), null));
    }
    return findings;
  }
}
