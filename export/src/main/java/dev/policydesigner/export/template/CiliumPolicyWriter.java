package dev.policydesigner.export.template;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.List;

/** Writes one CiliumNetworkPolicy document, from its {@code ---} to its last rule. */
final class CiliumPolicyWriter {
  private final Guard fileGuard;
  private final DefaultDenyStyle style;
  private final VerbatimWriter verbatim;

  /**
   * @param fileGuard the file's outer guard: rule guards are written without its conjuncts
   * @param style how {@code enableDefaultDeny} is written
   * @param verbatim the parts of the imported file kept as written
   */
  CiliumPolicyWriter(Guard fileGuard, DefaultDenyStyle style, VerbatimWriter verbatim) {
    this.fileGuard = fileGuard;
    this.style = style;
    this.verbatim = verbatim;
  }

  void write(YamlLines out, CiliumPolicy policy) {
    PolicySubject subject = policy.subject();
    out.line("---");
    BannerWriter.write(out, "CiliumNetworkPolicy for " + subject.title(), subject.purpose());
    out.line("apiVersion: cilium.io/v2");
    out.line("kind: CiliumNetworkPolicy");
    out.line("metadata:");
    out.entry(2, "name", JinjaText.scalar(subject.policyName()));
    out.entry(2, "namespace", JinjaText.scalar(policy.workload().namespace()));
    String name = subject.policyName();
    VerbatimWriter.write(out, verbatim.blocks(name, VerbatimSection.METADATA));
    out.line("spec:");
    if (!subject.description().isBlank()) {
      out.entry(2, "description", JinjaText.quoted(subject.description()));
    }
    SelectorWriter.selector(out, 2, "endpointSelector", policy.workload().labels());
    DefaultDenyWriter.write(out, style);
    List<GuardedItem> ingress = items(name, policy.ingress(), Direction.INGRESS);
    List<GuardedItem> egress = items(name, policy.egress(), Direction.EGRESS);
    SpecBlocks spec = new SpecBlocks(verbatim.blocks(name, VerbatimSection.SPEC));
    String emptyRule = spec.hasRuleSection() ? null : emptyIngressWhen(ingress, egress);
    RuleListWriter.write(out, "ingress", ingress, emptyRule);
    RuleListWriter.write(out, "egress", egress);
    spec.write(out, RuleListWriter.presence(ingress), RuleListWriter.presence(egress));
  }

  /**
   * When neither direction surely has a rule, the render where none applies still needs a rule
   * section: then ingress gets one empty rule, which allows nothing (audit mode still denies
   * nothing; enforce mode denies ingress as it would without the section).
   */
  private static String emptyIngressWhen(List<GuardedItem> ingress, List<GuardedItem> egress) {
    String ingressPresence = RuleListWriter.presence(ingress);
    String egressPresence = RuleListWriter.presence(egress);
    if (ingressPresence == null || egressPresence == null) {
      return null;
    }
    return egressPresence.isEmpty() ? "" : "not (" + egressPresence + ")";
  }

  private List<GuardedItem> items(String policyName, List<Rule> rules, Direction dir) {
    List<GuardedItem> items = new ArrayList<>();
    List<String> flowIds = new ArrayList<>();
    for (Rule rule : rules) {
      if (dir == Direction.INGRESS && rule.peer() instanceof Peer.Fqdns) {
        continue; // Cilium has no fromFQDNs; a lint reports such flows
      }
      flowIds.add(rule.flowId());
      items.add(
          new GuardedItem(
              rule.guard().minus(fileGuard),
              rule.description(),
              out -> writeRule(out, rule, dir),
              new RuleKey(policyName, dir, rule.flowId())));
    }
    VerbatimSection section =
        dir == Direction.INGRESS ? VerbatimSection.INGRESS : VerbatimSection.EGRESS;
    return VerbatimWriter.insert(items, flowIds, verbatim.blocks(policyName, section));
  }

  private static void writeRule(YamlLines out, Rule rule, Direction dir) {
    ListItem item = new ListItem(out, RuleListWriter.ITEM_INDENT);
    CiliumPeerWriter.write(out, item, dir, rule.peer());
    CiliumPortsWriter.write(out, item, rule.ports(), rule.l7());
    item.finish();
  }
}
