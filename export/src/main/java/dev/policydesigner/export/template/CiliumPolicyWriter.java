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
  private final ImportedForms forms;

  /**
   * @param fileGuard the file's outer guard: rule guards are written without its conjuncts
   * @param style how {@code enableDefaultDeny} is written
   * @param verbatim the parts of the imported file kept as written
   * @param forms how the imported file wrote the rules and selectors that became the graph's
   */
  CiliumPolicyWriter(
      Guard fileGuard, DefaultDenyStyle style, VerbatimWriter verbatim, ImportedForms forms) {
    this.fileGuard = fileGuard;
    this.style = style;
    this.verbatim = verbatim;
    this.forms = forms;
  }

  void write(YamlLines out, CiliumPolicy policy) {
    PolicySubject subject = policy.subject();
    out.line("---");
    String title = "CiliumNetworkPolicy for " + subject.title();
    forms
        .policyForm(subject.policyName())
        .filter(f -> f.keepsBanner(subject.title(), subject.purpose()))
        .ifPresentOrElse(
            f -> BannerWriter.writeKept(out, f.banner(), title, subject.purpose()),
            () -> BannerWriter.write(out, title, subject.purpose()));
    out.line("apiVersion: cilium.io/v2");
    out.line("kind: CiliumNetworkPolicy");
    out.line("metadata:");
    out.entry(2, "name", JinjaText.scalar(subject.policyName()));
    out.entry(2, "namespace", JinjaText.value(policy.workload().namespace()));
    String name = subject.policyName();
    VerbatimWriter.write(out, verbatim.blocks(name, VerbatimSection.METADATA));
    out.line("spec:");
    if (!subject.description().isBlank()) {
      out.entry(2, "description", JinjaText.quoted(subject.description()));
    }
    SelectorWriter.selector(
        out, 2, "endpointSelector", policy.workload().labels(), forms.selectorKeys(name));
    DefaultDenyWriter.write(out, style);
    List<GuardedItem> ingress = items(policy, Direction.INGRESS);
    List<GuardedItem> egress = items(policy, Direction.EGRESS);
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

  private List<GuardedItem> items(CiliumPolicy policy, Direction dir) {
    String policyName = policy.subject().policyName();
    String namespace = policy.workload().namespace();
    VerbatimSection section =
        dir == Direction.INGRESS ? VerbatimSection.INGRESS : VerbatimSection.EGRESS;
    List<Rule> rules = new ArrayList<>();
    for (Rule rule : policy.rules(dir)) {
      if (dir == Direction.INGRESS && rule.peer() instanceof Peer.Fqdns) {
        continue; // Cilium has no fromFQDNs; a lint reports such flows
      }
      rules.add(rule);
    }
    List<GuardedItem> items = new ArrayList<>();
    for (WrittenRule written : WrittenRules.of(rules, forms.ruleForms(policyName, section))) {
      Rule rule = written.first();
      List<RuleKey> keys = new ArrayList<>();
      written.flowIds().forEach(id -> keys.add(new RuleKey(policyName, dir, id)));
      items.add(
          new GuardedItem(
              rule.guard().minus(fileGuard),
              rule.description(),
              out -> writeRule(out, written, dir, namespace),
              keys,
              written.flowIds()));
    }
    return VerbatimWriter.insert(items, verbatim.blocks(policyName, section));
  }

  private static void writeRule(YamlLines out, WrittenRule rule, Direction dir, String namespace) {
    ListItem item = new ListItem(out, RuleListWriter.ITEM_INDENT);
    CiliumPeerWriter.write(out, item, dir, rule, namespace);
    CiliumPortsWriter.write(out, item, rule.first().ports(), rule.first().l7());
    item.finish();
  }
}
