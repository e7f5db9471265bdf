package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fqdn-ingress}: a flow from an FQDN node. Cilium has no {@code fromFQDNs}: DNS names only
 * work for egress, so no ingress rule is derived and the traffic stays denied.
 */
public final class FqdnIngressLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "fqdn-ingress";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (Flow flow : diagram.flows()) {
      if (!(diagram.node(flow.from()).orElse(null) instanceof FqdnNode fqdn)) {
        continue;
      }
      String message =
          "Flow "
              + flow.id()
              + " comes from FQDN node "
              + fqdn.name()
              + ", but Cilium can only allow traffic to DNS names (toFQDNs), not from them: no"
              + " ingress rule is written for it. Use a CIDR node or the world entity as the"
              + " source.";
      Problem finding =
          Problem.onFlow(Severity.ERROR, CODE, message, flow.id(), flow.from(), flow.to())
              .atNode(fqdn.id());
      findings.add(FlowLocation.at(diagram, flow.to()).map(l -> l.locate(finding)).orElse(finding));
    }
    return findings;
  }
}
