package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a policy's derived rules of one direction into the rule items to write, applying the forms
 * remembered from the imported file: the flows of one imported rule that still share guard, ports,
 * L7 rules and comment become one item again (at the place of the first of them, peers in their
 * original order); a flow edited apart leaves the group. Rules without a remembered form are
 * written one per item, as the designer writes them.
 */
final class WrittenRules {
  /** What the rules of one item must share. */
  private record Shape(Guard guard, List<PortRange> ports, L7Rules l7, String description) {
    static Shape of(Rule r) {
      return new Shape(r.guard(), r.ports(), r.l7(), r.description());
    }
  }

  /** A group of rules being collected: the imported rule they came from and their shape. */
  private record GroupKey(RuleForm form, Shape shape) {}

  private WrittenRules() {}

  /**
   * @param rules the derived rules in order
   * @param forms the remembered forms of the policy's rules in this direction
   */
  static List<WrittenRule> of(List<Rule> rules, List<RuleForm> forms) {
    if (forms.isEmpty()) {
      List<WrittenRule> items = new ArrayList<>(rules.size());
      rules.forEach(r -> items.add(WrittenRule.standard(r)));
      return items;
    }
    Map<String, RuleForm> formOf = new HashMap<>();
    for (RuleForm form : forms) {
      form.peers().forEach(p -> formOf.putIfAbsent(p.flowId(), form));
    }
    List<List<Rule>> groups = new ArrayList<>();
    List<RuleForm> groupForms = new ArrayList<>();
    Map<GroupKey, List<Rule>> open = new HashMap<>();
    for (Rule r : rules) {
      RuleForm form = r.flowId() == null ? null : formOf.get(r.flowId());
      GroupKey key = form == null ? null : new GroupKey(form, Shape.of(r));
      List<Rule> group = key == null ? null : open.get(key);
      if (group == null) {
        group = new ArrayList<>();
        groups.add(group);
        groupForms.add(form);
        if (key != null) {
          open.put(key, group);
        }
      }
      group.add(r);
    }
    List<WrittenRule> items = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      RuleForm form = groupForms.get(i);
      List<Rule> group = groups.get(i);
      items.add(form == null ? WrittenRule.standard(group.get(0)) : item(group, form));
    }
    return items;
  }

  private static WrittenRule item(List<Rule> group, RuleForm form) {
    List<Rule> ordered = new ArrayList<>(group);
    ordered.sort(Comparator.comparingInt(r -> form.indexOf(r.flowId())));
    List<PeerForm> peers = new ArrayList<>();
    ordered.forEach(r -> peers.add(form.peers().get(form.indexOf(r.flowId()))));
    return new WrittenRule(ordered, peers);
  }
}
