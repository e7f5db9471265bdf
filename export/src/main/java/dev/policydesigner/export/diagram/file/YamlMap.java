package dev.policydesigner.export.diagram.file;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping of a diagram file with typed, checked access to its values. Unknown and duplicate
 * keys are reported when it is opened; every wrong type or missing key is reported at its position.
 */
final class YamlMap {
  private final MappingNode node;
  private final String what;
  private final ReadProblems problems;
  private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

  private YamlMap(MappingNode node, String what, ReadProblems problems) {
    this.node = node;
    this.what = what;
    this.problems = problems;
  }

  /** An ordered key set. */
  static Set<String> keys(String... keys) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
  }

  /**
   * Opens {@code node} as a mapping whose keys must be in {@code allowed} ({@code null}: any), or
   * reports it and returns {@code null}.
   */
  static YamlMap open(Node node, String what, Set<String> allowed, ReadProblems problems) {
    if (!(node instanceof MappingNode mapping)) {
      problems.error(
          node,
          "wrong-type",
          what + " must be a mapping of keys to values, found " + Scalars.describe(node));
      return null;
    }
    YamlMap map = new YamlMap(mapping, what, problems);
    for (NodeTuple tuple : mapping.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        problems.error(key, "wrong-type", "a key in " + what + " must be a plain word");
      } else if (allowed != null && !allowed.contains(scalar.getValue())) {
        problems.error(
            key,
            "unknown-key",
            "unknown key \""
                + scalar.getValue()
                + "\" in "
                + what
                + "; allowed keys: "
                + String.join(", ", allowed));
      } else if (map.entries.putIfAbsent(scalar.getValue(), tuple) != null) {
        problems.error(
            key,
            "duplicate-key",
            "key \"" + scalar.getValue() + "\" appears twice in " + what + "; keep one");
      }
    }
    return map;
  }

  MappingNode node() {
    return node;
  }

  ReadProblems problems() {
    return problems;
  }

  /** The keys in file order, with their tuples. */
  Map<String, NodeTuple> entries() {
    return entries;
  }

  /** The value node, or {@code null} when the key is absent. */
  Node value(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? null : tuple.getValueNode();
  }

  /** Text value, or {@code null} when absent or empty ({@code key:} / {@code ~}). */
  String text(String key) {
    Node value = value(key);
    return value == null ? null : Scalars.text(value, quoted(key), problems);
  }

  /** Text value that must be present. */
  String requiredText(String key) {
    String text = text(key);
    if (text == null
        && !(value(key) instanceof MappingNode || value(key) instanceof SequenceNode)) {
      missing(key);
    }
    return text;
  }

  /** Whole number, or {@code null} when absent or wrong (reported). */
  Long integer(String key) {
    Node value = value(key);
    return value == null ? null : Scalars.integer(value, quoted(key), problems);
  }

  /** Number, or {@code null} when absent or wrong (reported). */
  Double number(String key) {
    Node value = value(key);
    return value == null ? null : Scalars.number(value, quoted(key), problems);
  }

  /** {@code true} / {@code false}, or {@code null} when absent or wrong (reported). */
  Boolean bool(String key) {
    Node value = value(key);
    return value == null ? null : Scalars.bool(value, quoted(key), problems);
  }

  /** The items of a list; empty when absent, empty and reported when not a list. */
  List<Node> list(String key) {
    Node value = value(key);
    if (value == null || Scalars.isNull(value)) {
      return List.of();
    }
    if (value instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    problems.error(
        value,
        "wrong-type",
        quoted(key) + " in " + what + " must be a list, found " + Scalars.describe(value));
    return List.of();
  }

  /** A nested mapping, or {@code null} when absent or not a mapping (reported). */
  YamlMap map(String key, Set<String> allowed) {
    Node value = value(key);
    if (value == null || Scalars.isNull(value)) {
      return null;
    }
    return open(value, quoted(key) + " in " + what, allowed, problems);
  }

  /** Reports that {@code key} is missing (at the start of this mapping). */
  void missing(String key) {
    problems.error(node, "missing-key", "missing key \"" + key + "\" in " + what);
  }

  private String quoted(String key) {
    return "\"" + key + "\"";
  }
}
