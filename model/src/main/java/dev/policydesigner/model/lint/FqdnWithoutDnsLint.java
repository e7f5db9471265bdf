package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.Peer;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fqdn-without-dns}: a policy with {@code toFQDNs} egress but no DNS egress rule carrying a
 * DNS L7 rule. Cilium learns the IPs behind the names only from lookups its DNS proxy sees, so
 * without it the FQDN rule matches nothing. Checked on the policies as derived (the deriver adds
 * the rule) or as imported.
 */
public final class FqdnWithoutDnsLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "fqdn-without-dns";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    return check(new PolicyDeriver().derive(diagram));
  }

  /** The findings on policies already derived or imported. */
  public List<Problem> check(List<DerivedFile> files) {
    List<Problem> findings = new ArrayList<>();
    for (DerivedFile file : files) {
      for (DerivedPolicy policy : file.policies()) {
        CiliumPolicy p = policy.cilium();
        if (hasFqdnRule(p) && !hasDnsProxyRule(p)) {
          findings.add(finding(file, p));
        }
      }
    }
    return findings;
  }

  private static boolean hasFqdnRule(CiliumPolicy p) {
    return p.egress().stream().anyMatch(r -> r.peer() instanceof Peer.Fqdns);
  }

  private static boolean hasDnsProxyRule(CiliumPolicy p) {
    for (Rule r : p.egress()) {
      if (PolicyDeriver.isDnsRule(r) && !r.l7().dns().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static Problem finding(DerivedFile file, CiliumPolicy p) {
    String message =
        "Policy "
            + p.subject().policyName()
            + " allows egress to DNS names (toFQDNs) but has no DNS egress rule to kube-dns with"
            + " rules.dns (e.g. matchPattern: \"*\"). Cilium's DNS proxy then never sees the"
            + " lookups, learns no IPs for the names, and the FQDN rule matches nothing.";
    return Problem.onPolicy(
            Severity.ERROR, CODE, message, file.file().path(), p.subject().policyName())
        .atNode(p.workload().id());
  }
}
