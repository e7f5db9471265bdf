package dev.policydesigner.export.template;

import dev.policydesigner.model.Label;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code matchLabels} maps. */
final class SelectorWriter {
  private SelectorWriter() {}

  /**
   * Writes {@code key:} followed by {@code matchLabels:} and the labels, or {@code key: {}} when
   * there are none.
   */
  static void selector(YamlLines out, int indent, String key, List<Label> labels) {
    if (labels.isEmpty()) {
      out.line(indent, key + ": {}");
      return;
    }
    out.line(indent, key + ":");
    out.line(indent + 2, "matchLabels:");
    labels(out, indent + 4, labels);
  }

  /**
   * Writes {@code key:} followed by the selector, the labels whose keys are in {@code
   * expressionKeys} as single-value {@code In} expressions, or {@code key: {}} when there are none.
   */
  static void selector(
      YamlLines out, int indent, String key, List<Label> labels, List<String> expressionKeys) {
    if (expressionKeys.isEmpty()) {
      selector(out, indent, key, labels);
      return;
    }
    List<Label> plain = without(labels, expressionKeys);
    List<Label> expressions = only(labels, expressionKeys);
    if (expressions.isEmpty()) {
      selector(out, indent, key, plain);
      return;
    }
    out.line(indent, key + ":");
    if (!plain.isEmpty()) {
      out.line(indent + 2, "matchLabels:");
      labels(out, indent + 4, plain);
    }
    out.line(indent + 2, "matchExpressions:");
    expressions(out, indent + 4, expressions);
  }

  /**
   * Writes a selector as a list item: {@code - matchLabels:} with the labels, the labels whose keys
   * are in {@code expressionKeys} under {@code matchExpressions}, or {@code - {}} when there are
   * none.
   */
  static void selectorItem(
      YamlLines out, int indent, List<Label> labels, List<String> expressionKeys) {
    if (expressionKeys.isEmpty()) {
      if (labels.isEmpty()) {
        out.line(indent, "- {}");
      } else {
        out.line(indent, "- matchLabels:");
        labels(out, indent + 4, labels);
      }
      return;
    }
    List<Label> plain = without(labels, expressionKeys);
    List<Label> expressions = only(labels, expressionKeys);
    ListItem item = new ListItem(out, indent);
    if (!plain.isEmpty()) {
      item.key("matchLabels");
      labels(out, item.childIndent(), plain);
    }
    if (!expressions.isEmpty()) {
      item.key("matchExpressions");
      expressions(out, item.childIndent(), expressions);
    }
    item.finish();
  }

  /** Writes each label as a single-value {@code In} expression item. */
  private static void expressions(YamlLines out, int indent, List<Label> labels) {
    for (Label l : labels) {
      out.line(indent, "- key: " + JinjaText.scalar(l.key()));
      out.line(indent + 2, "operator: In");
      out.line(indent + 2, "values:");
      out.line(indent + 4, "- " + JinjaText.value(l.value()));
    }
  }

  private static List<Label> without(List<Label> labels, List<String> keys) {
    return labels.stream().filter(l -> !keys.contains(l.key())).toList();
  }

  /** The labels with these keys, in the order of the keys. */
  private static List<Label> only(List<Label> labels, List<String> keys) {
    List<Label> result = new ArrayList<>();
    for (String k : keys) {
      labels.stream().filter(l -> l.key().equals(k)).findFirst().ifPresent(result::add);
    }
    return result;
  }

  /** Writes the labels as {@code key: value} lines. */
  static void labels(YamlLines out, int indent, List<Label> labels) {
    for (Label l : labels) {
      out.entry(indent, JinjaText.scalar(l.key()), JinjaText.value(l.value()));
    }
  }

  /** Writes a block list of scalars. */
  static void list(YamlLines out, int indent, List<String> values) {
    for (String v : values) {
      out.line(indent, "- " + JinjaText.value(v));
    }
  }
}
