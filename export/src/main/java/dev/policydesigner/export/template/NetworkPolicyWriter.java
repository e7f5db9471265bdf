package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.K8sNetworkPolicy;
import dev.policydesigner.model.derive.K8sRule;
import java.util.ArrayList;
import java.util.List;

/** Writes the standard Kubernetes NetworkPolicy document that backs up a Cilium policy. */
final class NetworkPolicyWriter {
  /** The banner's second line. */
  static final String PURPOSE =
      "Provides baseline protection and portability if Cilium is unavailable";

  private final Guard fileGuard;

  /**
   * @param fileGuard the file's outer guard: rule guards are written without its conjuncts
   */
  NetworkPolicyWriter(Guard fileGuard) {
    this.fileGuard = fileGuard;
  }

  void write(YamlLines out, PolicySubject subject, K8sNetworkPolicy policy) {
    if (subject.fallbackOnlyWhenEnforcing()) {
      out.openIf("enforce");
    }
    out.line("---");
    String title = "NetworkPolicy for " + subject.title() + " (Standard Kubernetes)";
    BannerWriter.write(out, title, PURPOSE);
    out.line("apiVersion: networking.k8s.io/v1");
    out.line("kind: NetworkPolicy");
    out.line("metadata:");
    out.entry(2, "name", JinjaText.scalar(policy.name()));
    out.entry(2, "namespace", JinjaText.value(policy.namespace()));
    out.line("spec:");
    policy.notes().forEach(note -> out.comment(2, note));
    SelectorWriter.selector(out, 2, "podSelector", policy.podLabels());
    out.line(2, "policyTypes:");
    out.line(4, "- Ingress");
    out.line(4, "- Egress");
    RuleListWriter.write(out, "ingress", items(policy.ingress(), Direction.INGRESS));
    RuleListWriter.write(out, "egress", items(policy.egress(), Direction.EGRESS));
    if (subject.fallbackOnlyWhenEnforcing()) {
      out.endIf();
    }
  }

  private List<GuardedItem> items(List<K8sRule> rules, Direction dir) {
    List<GuardedItem> items = new ArrayList<>();
    for (K8sRule rule : rules) {
      Guard guard = rule.guard() == null ? Guard.ALWAYS : rule.guard().minus(fileGuard);
      items.add(
          new GuardedItem(
              guard, rule.description(), out -> NetworkPolicyRuleWriter.write(out, rule, dir)));
    }
    return items;
  }
}
