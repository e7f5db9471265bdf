package dev.policydesigner.export.template;

import dev.policydesigner.model.Label;
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

  /** Writes the labels as {@code key: value} lines. */
  static void labels(YamlLines out, int indent, List<Label> labels) {
    for (Label l : labels) {
      out.entry(indent, JinjaText.scalar(l.key()), JinjaText.scalar(l.value()));
    }
  }

  /** Writes a block list of scalars. */
  static void list(YamlLines out, int indent, List<String> values) {
    for (String v : values) {
      out.line(indent, "- " + JinjaText.scalar(v));
    }
  }
}
