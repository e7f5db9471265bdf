package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code coarse-netpol}: a namespace-style NetworkPolicy beside a Cilium policy with conditional
 * rules. Cilium adds up the allows of both, and the coarse NetworkPolicy admits whole namespaces on
 * the union of the ports without the flows' conditions, so a flow whose flag is off stays allowed
 * (RustFS: Dragonfly and CNPG backups reach S3 with their backup flags off).
 */
public final class CoarseNetpolLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "coarse-netpol";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      for (DerivedPolicy policy : file.policies()) {
        CiliumPolicy p = policy.cilium();
        List<String> guarded = guardedFlows(p);
        if (p.subject().fallback() == NetworkPolicyFallback.NAMESPACE && !guarded.isEmpty()) {
          findings.add(finding(file.file(), p.subject(), guarded));
        }
      }
    }
    return findings;
  }

  private static List<String> guardedFlows(CiliumPolicy p) {
    List<String> flows = new ArrayList<>();
    for (List<Rule> rules : List.of(p.ingress(), p.egress())) {
      for (Rule r : rules) {
        if (!r.guard().isAlways() && r.flowId() != null) {
          flows.add(r.flowId());
        }
      }
    }
    return flows;
  }

  private static Problem finding(PolicyFile file, PolicySubject s, List<String> guarded) {
    String message =
        "Policy "
            + s.policyName()
            + ": its namespace-wide NetworkPolicy admits whole namespaces on all its ports"
            + " without the flows' conditions, and Cilium adds its allows to the"
            + " CiliumNetworkPolicy's. So "
            + String.join(", ", guarded)
            + " stay allowed when their conditions are false. Use the precise NetworkPolicy"
            + " (one guarded rule per flow).";
    QuickFix fix =
        new QuickFix(
            "Use a precise NetworkPolicy for " + s.policyName(),
            d ->
                d.withFiles(
                    d.files().stream()
                        .map(f -> f.path().equals(file.path()) ? precise(f, s) : f)
                        .toList()));
    return Problem.onPolicy(Severity.WARNING, CODE, message, file.path(), s.policyName())
        .atNode(s.workloadId())
        .withFix(fix);
  }

  private static PolicyFile precise(PolicyFile file, PolicySubject subject) {
    List<PolicySubject> subjects = new ArrayList<>();
    for (PolicySubject s : file.subjects()) {
      boolean same = s.workloadId().equals(subject.workloadId());
      subjects.add(
          same ? s.withFallback(NetworkPolicyFallback.PRECISE, s.fallbackOnlyWhenEnforcing()) : s);
    }
    return file.withSubjects(subjects);
  }
}
