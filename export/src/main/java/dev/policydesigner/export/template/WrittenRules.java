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
import java.util.LinkedHashMap;
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
  private record GroupKey(int form, Shape shape) {}

  private WrittenRules() {}

  /**
   * @param rules the derived rules in order
   * @param forms the remembered forms of the policy's rules in this direction
   */
  static List<WrittenRule> of(List<Rule> rules, List<RuleForm> forms) {
    Map<String, Integer> formOf = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      for (PeerForm p : forms.get(i).peers()) {
        formOf.putIfAbsent(p.flowId(), i);
      }
    }
    Map<Object, List<Rule>> groups = new LinkedHashMap<>();
    for (Rule r : rules) {
      Integer form = r.flowId() == null ? null : formOf.get(r.flowId());
      Object key = form == null ? new Object() : new GroupKey(form, Shape.of(r));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    List<WrittenRule> items = new ArrayList<>();
    groups.forEach(
        (key, group) ->
            items.add(
                key instanceof GroupKey g
                    ? item(group, forms.get(g.form()))
                    : WrittenRule.standard(group.get(0))));
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
