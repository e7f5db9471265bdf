package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code ingress:} / {@code egress:} with its rules, each preceded by its comment and
 * wrapped in {@code #% if guard %#} … {@code #% endif %#} when guarded. When every rule is guarded
 * the key itself is guarded too, so that no render yields a key with a null value.
 */
final class RuleListWriter {
  /** Indentation of the key ({@code spec.ingress}). */
  static final int KEY_INDENT = 2;

  /** Indentation of the rules and their comments. */
  static final int ITEM_INDENT = 4;

  /** The comment above the empty rule that keeps a policy without applicable rules valid. */
  static final String EMPTY_RULE_COMMENT = "No rule applies: an empty rule allows nothing";

  private RuleListWriter() {}

  /** Writes the key and its rules; nothing when there are none. */
  static void write(YamlLines out, String key, List<GuardedItem> items) {
    write(out, key, items, null);
  }

  /**
   * Writes the key and its rules. When {@code emptyRuleWhen} is not {@code null} and no rule
   * applies, writes {@code key: [{}]} instead under that condition ({@code ""} = always): a
   * CiliumNetworkPolicy needs at least one rule section.
   */
  static void write(YamlLines out, String key, List<GuardedItem> items, String emptyRuleWhen) {
    String presence = presence(items);
    if (presence == null) {
      out.line(KEY_INDENT, key + ":");
      items.forEach(i -> writeItem(out, i, !i.guard().isAlways()));
      return;
    }
    if (presence.isEmpty()) {
      if (emptyRuleWhen != null) {
        writeEmptyRule(out, key, emptyRuleWhen.isEmpty() ? null : "#% if " + emptyRuleWhen + " %#");
      }
      return;
    }
    boolean oneGuard = distinctGuards(items).size() == 1;
    out.openIf(presence);
    out.line(KEY_INDENT, key + ":");
    items.forEach(i -> writeItem(out, i, !oneGuard));
    if (emptyRuleWhen != null) {
      out.line(emptyRuleWhen.isEmpty() ? "#% else %#" : "#% elif " + emptyRuleWhen + " %#");
      emptyRule(out, key);
    }
    out.endIf();
  }

  /**
   * The condition under which the key is written: {@code null} when always (a rule is unguarded),
   * {@code ""} when never (no rules), else the disjunction of the rules' guards.
   */
  static String presence(List<GuardedItem> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.stream().anyMatch(i -> i.guard().isAlways())) {
      return null;
    }
    List<String> guards = distinctGuards(items);
    if (guards.size() == 1) {
      return guards.get(0);
    }
    List<String> parts = new ArrayList<>();
    guards.forEach(g -> parts.add("(" + g + ")"));
    return String.join(" or ", parts);
  }

  private static void writeItem(YamlLines out, GuardedItem item, boolean wrap) {
    int first = out.lineCount() + 1;
    if (wrap) {
      out.openIf(item.guard().expression());
    }
    out.comment(ITEM_INDENT, item.description());
    item.body().accept(out);
    if (wrap) {
      out.endIf();
    }
    for (RuleKey key : item.ruleKeys()) {
      out.addSpan(key.span(first, out.lineCount()));
    }
  }

  private static void writeEmptyRule(YamlLines out, String key, String openTag) {
    if (openTag != null) {
      out.line(openTag);
    }
    emptyRule(out, key);
    if (openTag != null) {
      out.endIf();
    }
  }

  private static void emptyRule(YamlLines out, String key) {
    out.line(KEY_INDENT, key + ":");
    out.comment(ITEM_INDENT, EMPTY_RULE_COMMENT);
    out.line(ITEM_INDENT, "- {}");
  }

  private static List<String> distinctGuards(List<GuardedItem> items) {
    List<String> guards = new ArrayList<>();
    for (GuardedItem item : items) {
      Guard g = item.guard();
      if (!g.isAlways() && !guards.contains(g.expression())) {
        guards.add(g.expression());
      }
    }
    return guards;
  }
}
