package dev.policydesigner.model.lint;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.QuickFix;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick fixes of findings the policy engine makes on a diagram's rendered templates, once a
 * finding is traced back to the diagram's flow, node or policy.
 */
public final class EngineFindingFixes {
  private EngineFindingFixes() {}

  /** {@code one-sided-flow}: allow an imported one-sided flow on both sides. */
  public static QuickFix allowOnBothSides(String flowId) {
    return new QuickFix(
        "Allow the flow on both sides", d -> d.mapFlow(flowId, f -> f.withSides(FlowSides.BOTH)));
  }

  /** {@code host-without-remote-node}: add {@code remote-node} after {@code host}. */
  public static QuickFix addRemoteNode(EntityNode node) {
    return new QuickFix(
        "Add remote-node to " + node.name(),
        d ->
            d.mapNode(
                node.id(),
                n -> {
                  EntityNode e = (EntityNode) n;
                  List<Entity> entities = new ArrayList<>(e.entities());
                  if (!entities.contains(Entity.REMOTE_NODE)) {
                    entities.add(entities.indexOf(Entity.HOST) + 1, Entity.REMOTE_NODE);
                  }
                  return e.withEntities(entities);
                }));
  }

  /** {@code netpol-defeats-audit}: emit the subject's NetworkPolicy only in enforce mode. */
  public static QuickFix networkPolicyOnlyWhenEnforcing(String path, PolicySubject subject) {
    return new QuickFix(
        "Emit the NetworkPolicy of " + subject.policyName() + " only in enforce mode",
        d -> d.withFiles(onlyWhenEnforcing(d.files(), path, subject.workloadId())));
  }

  /**
   * {@code fqdn-without-dns} on an imported policy kept as the repo wrote it: no longer keep its
   * DNS handling, so the deriver adds the DNS rule its {@code toFQDNs} need.
   */
  public static QuickFix addDnsRule(String path, String policy) {
    return new QuickFix(
        "Add the DNS rule toFQDNs needs (kube-dns on 53 with rules.dns matchPattern \"*\")",
        d -> d.withFiles(withDnsAdded(d.files(), path, policy)));
  }

  private static List<PolicyFile> withDnsAdded(List<PolicyFile> files, String path, String policy) {
    List<PolicyFile> result = new ArrayList<>();
    for (PolicyFile f : files) {
      if (!f.path().equals(path) || f.imported() == null) {
        result.add(f);
        continue;
      }
      List<PolicyForm> forms = new ArrayList<>();
      for (PolicyForm form : f.imported().policyForms()) {
        forms.add(form.policy().equals(policy) ? form.withDnsAdded() : form);
      }
      result.add(f.withImported(f.imported().withPolicyForms(forms)));
    }
    return result;
  }

  private static List<PolicyFile> onlyWhenEnforcing(
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
