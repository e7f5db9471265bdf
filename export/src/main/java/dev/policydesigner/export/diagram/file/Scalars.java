package dev.policydesigner.export.diagram.file;

import java.util.Locale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads scalar values of a composed YAML tree. Text fields take any scalar as written ({@code name:
 * 80} is the text "80"); numbers and booleans must be written as such.
 */
final class Scalars {
  private Scalars() {}

  static boolean isNull(Node node) {
    return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
  }

  /** The text of a scalar, {@code null} for a YAML null; reports lists and mappings. */
  static String text(Node node, String what, ReadProblems problems) {
    if (node instanceof ScalarNode scalar) {
      return isNull(node) ? null : scalar.getValue();
    }
    problems.error(node, "wrong-type", what + " must be text, found " + describe(node));
    return null;
  }

  /** A whole decimal number, {@code null} when it is not one (reported). */
  static Long integer(Node node, String what, ReadProblems problems) {
    if (node instanceof ScalarNode scalar
        && Tag.INT.equals(node.getTag())
        && scalar.getValue().matches("[-+]?[0-9]{1,18}")) {
      return Long.parseLong(scalar.getValue());
    }
    problems.error(node, "wrong-type", what + " must be a whole number, found " + describe(node));
    return null;
  }

  /** A finite number, {@code null} when it is not one (reported). */
  static Double number(Node node, String what, ReadProblems problems) {
    if (node instanceof ScalarNode scalar
        && (Tag.INT.equals(node.getTag()) || Tag.FLOAT.equals(node.getTag()))) {
      try {
        double value = Double.parseDouble(scalar.getValue().replace("_", ""));
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    problems.error(node, "wrong-type", what + " must be a number, found " + describe(node));
    return null;
  }

  /** {@code true} or {@code false}, {@code null} when it is neither (reported). */
  static Boolean bool(Node node, String what, ReadProblems problems) {
    if (node instanceof ScalarNode scalar && Tag.BOOL.equals(node.getTag())) {
      String value = scalar.getValue().toLowerCase(Locale.ROOT);
      return value.equals("true") || value.equals("yes") || value.equals("on");
    }
    problems.error(node, "wrong-type", what + " must be true or false, found " + describe(node));
    return null;
  }

  /** {@code a list}, {@code a mapping}, {@code the number 80}, {@code the text "abc"}. */
  static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    } else if (node instanceof MappingNode) {
      return "a mapping";
    } else if (node instanceof ScalarNode scalar) {
      Tag tag = node.getTag();
      if (Tag.NULL.equals(tag)) {
        return "nothing";
      } else if (Tag.INT.equals(tag) || Tag.FLOAT.equals(tag)) {
        return "the number " + scalar.getValue();
      } else if (Tag.BOOL.equals(tag)) {
        return "the boolean " + scalar.getValue();
      }
      return "the text \"" + scalar.getValue() + "\"";
    }
    return "an alias";
  }
}
