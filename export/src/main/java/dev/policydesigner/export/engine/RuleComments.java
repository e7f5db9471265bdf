package dev.policydesigner.export.engine;

import dev.policydesigner.model.engine.SourceLines;

/**
 * The {@code #| … #|} comments of a template, attached to the first YAML line below them (block
 * tags and blank lines in between are skipped), so that a rule can be named by its comment.
 */
final class RuleComments {
  private RuleComments() {}

  /** Records in {@code lines} the comment above each commented line of {@code template}. */
  static void read(String template, SourceLines lines) {
    String[] text = template.split("\n", -1);
    StringBuilder pending = new StringBuilder();
    for (int i = 0; i < text.length; i++) {
      String t = text[i].strip();
      if (t.startsWith("#|") && t.endsWith("#|") && t.length() >= 4) {
        String c = t.substring(2, t.length() - 2).strip();
        if (!c.isEmpty() && !c.chars().allMatch(ch -> ch == '=' || ch == '-' || ch == '#')) {
          pending.append(pending.length() == 0 ? "" : " ").append(c);
        }
      } else if (t.isEmpty() || (t.startsWith("#%") && t.endsWith("%#"))) {
        continue;
      } else {
        if (pending.length() > 0) {
          lines.comment(i + 1, pending.toString());
        }
        pending.setLength(0);
      }
    }
  }
}
