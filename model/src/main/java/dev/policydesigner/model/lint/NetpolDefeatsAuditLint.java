package dev.policydesigner.model.lint;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code netpol-defeats-audit}: a subject whose standard NetworkPolicy is emitted in audit mode
 * too. A NetworkPolicy always denies by default for its policyTypes, whatever {@code
 * enableDefaultDeny} says, so in audit mode it blocks what the Cilium policy only observes (RustFS
 * in the seed).
 */
public final class NetpolDefeatsAuditLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "netpol-defeats-audit";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (PolicyFile file : diagram.files()) {
      if (file.defaultDenyStyle() == DefaultDenyStyle.NONE) {
        continue; // without enableDefaultDeny the Cilium policy has no audit mode to defeat
      }
      for (PolicySubject s : file.subjects()) {
        if (s.fallback() != NetworkPolicyFallback.NONE && !s.fallbackOnlyWhenEnforcing()) {
          findings.add(finding(file, s));
        }
      }
    }
    return findings;
  }

  private static Problem finding(PolicyFile file, PolicySubject s) {
    String message =
        "Policy "
            + s.policyName()
            + " in "
            + file.path()
            + ": its standard NetworkPolicy is also emitted in audit mode, where it still denies"
            + " everything it does not list (a NetworkPolicy always default-denies), so audit mode"
            + " blocks traffic the CiliumNetworkPolicy only observes. Emit it only in enforce mode.";
    QuickFix fix =
        new QuickFix(
            "Emit the NetworkPolicy of " + s.policyName() + " only in enforce mode",
            d -> d.withFiles(withOnlyWhenEnforcing(d.files(), file.path(), s.workloadId())));
    return Problem.onPolicy(Severity.WARNING, CODE, message, file.path(), s.policyName())
        .atNode(s.workloadId())
        .withFix(fix);
  }

  private static List<PolicyFile> withOnlyWhenEnforcing(
      List<PolicyFile> files, String path, String workloadId) {
    List<PolicyFile> result = new ArrayList<>();
    for (PolicyFile f : files) {
      if (!f.path().equals(path)) {
        result.add(f);
        continue;
      }
      List<PolicySubject> subjects = new ArrayList<>();
      for (PolicySubject s : f.subjects()) {
        subjects.add(s.workloadId().equals(workloadId) ? s.withFallback(s.fallback(), true) : s);
      }
      result.add(f.withSubjects(subjects));
    }
    return result;
  }
}
