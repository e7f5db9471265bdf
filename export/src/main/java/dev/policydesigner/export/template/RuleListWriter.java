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

  private RuleListWriter() {}

  static void write(YamlLines out, String key, List<GuardedItem> items) {
    if (items.isEmpty()) {
      return;
    }
    List<String> guards = distinctGuards(items);
    boolean allGuarded = items.stream().noneMatch(i -> i.guard().isAlways());
    if (allGuarded && guards.size() == 1) {
      out.openIf(guards.get(0));
      out.line(KEY_INDENT, key + ":");
      items.forEach(i -> writeItem(out, i));
      out.endIf();
      return;
    }
    if (allGuarded) {
      out.openIf(anyOf(guards));
    }
    out.line(KEY_INDENT, key + ":");
    for (GuardedItem item : items) {
      if (item.guard().isAlways()) {
        writeItem(out, item);
      } else {
        out.openIf(item.guard().expression());
        writeItem(out, item);
        out.endIf();
      }
    }
    if (allGuarded) {
      out.endIf();
    }
  }

  private static void writeItem(YamlLines out, GuardedItem item) {
    out.comment(ITEM_INDENT, item.description());
    item.body().accept(out);
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

  private static String anyOf(List<String> expressions) {
    List<String> parts = new ArrayList<>();
    for (String e : expressions) {
      parts.add("(" + e + ")");
    }
    return String.join(" or ", parts);
  }
}
