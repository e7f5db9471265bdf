package dev.policydesigner.export.template;

import dev.policydesigner.model.expr.Condition;
import java.util.ArrayList;
import java.util.List;

/** Collects the lines of a template: indented YAML lines and column-0 Jinja tags. */
final class YamlLines {
  private final StringBuilder text = new StringBuilder();
  private final List<RuleSpan> spans = new ArrayList<>();
  private int lines;

  /** Appends {@code content} indented by {@code indent} spaces. */
  YamlLines line(int indent, String content) {
    text.append(" ".repeat(indent)).append(content).append('\n');
    lines++;
    return this;
  }

  /** How many lines were appended so far (the number of the last one). */
  int lineCount() {
    return lines;
  }

  /** Records where a rule sits. */
  void addSpan(RuleSpan span) {
    spans.add(span);
  }

  /** The recorded rule spans, in file order. */
  List<RuleSpan> spans() {
    return List.copyOf(spans);
  }

  /** Appends a line at column 0. */
  YamlLines line(String content) {
    return line(0, content);
  }

  /** Appends {@code #| text #|} indented by {@code indent}, or nothing when the text is blank. */
  YamlLines comment(int indent, String text) {
    if (text == null || text.isBlank()) {
      return this;
    }
    return line(indent, "#| " + JinjaText.commentText(text) + " #|");
  }

  /** Appends {@code #% if expression %#} at column 0. */
  YamlLines openIf(String expression) {
    Condition.problem(expression)
        .ifPresent(
            e -> {
              throw new IllegalArgumentException(
                  "refusing to write the condition \"" + expression + "\": " + e.getMessage(), e);
            });
    return line("#% if " + expression + " %#");
  }

  /** Appends {@code #% endif %#} at column 0. */
  YamlLines endIf() {
    return line("#% endif %#");
  }

  /** Appends text that already ends with a line break, as it is. */
  YamlLines raw(String block) {
    block.lines().forEach(this::line);
    return this;
  }

  /** Appends {@code key: value} (value already a YAML scalar) indented by {@code indent}. */
  YamlLines entry(int indent, String key, String value) {
    return line(indent, key + ": " + value);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
