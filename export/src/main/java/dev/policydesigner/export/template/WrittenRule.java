package dev.policydesigner.export.template;

import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule item as it is written: one derived rule, or several that share guard, ports, L7 rules
 * and comment and were one rule in the imported file, each peer in its remembered form.
 *
 * @param rules the derived rules whose peers the item lists, in the original peer order
 * @param forms how each rule's peer is written, parallel to {@code rules}
 */
record WrittenRule(List<Rule> rules, List<PeerForm> forms) {
  WrittenRule {
    rules = List.copyOf(rules);
    forms = List.copyOf(forms);
    if (rules.isEmpty() || rules.size() != forms.size()) {
      throw new IllegalArgumentException("one form per rule, at least one rule");
    }
  }

  /** A rule written in the writer's own form. */
  static WrittenRule standard(Rule rule) {
    return new WrittenRule(List.of(rule), List.of(PeerForm.standard(rule.flowId())));
  }

  /** The rule whose guard, ports, L7 rules and comment the item has. */
  Rule first() {
    return rules.get(0);
  }

  /** The flow ids of the item's rules ({@code null} for a rule the deriver added). */
  List<String> flowIds() {
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.flowId()));
    return ids;
  }
}
