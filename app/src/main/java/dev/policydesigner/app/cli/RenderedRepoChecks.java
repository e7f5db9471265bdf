package dev.policydesigner.app.cli;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.engine.EngineChecks;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PolicySet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check --repo}'s checks of what the cluster will do, computed by the policy engine on the
 * documents the checkout's policy files render to with its values, in enforce and in audit mode:
 * {@code fqdn-without-dns}, {@code host-without-remote-node}, {@code one-sided-flow}, {@code
 * netpol-defeats-audit}, each at the template line concerned; and, as warnings, the parts of a
 * policy the engine cannot read.
 */
final class RenderedRepoChecks implements RepoProblemSource {
  @Override
  public List<Problem> problems(RepoCheckout checkout) {
    CheckoutPolicies files = RepoEngines.policies(checkout);
    List<PolicyEngine> engines =
        RepoEngines.engines(
            files,
            List.of(
                RepoEngines.values(checkout, Mode.ENFORCE),
                RepoEngines.values(checkout, Mode.AUDIT)));
    PolicyEngine enforce = engines.get(0);
    PolicyEngine audit = engines.get(1);
    List<Problem> all = new ArrayList<>(EngineChecks.check(enforce, audit));
    Set<String> seen = new LinkedHashSet<>();
    for (PolicyEngine e : List.of(enforce, audit)) {
      for (Problem p : e.policies().problems()) {
        if (p.code().equals(PolicySet.UNREAD) && seen.add(p.toString())) {
          all.add(p);
        }
      }
    }
    return all;
  }
}
