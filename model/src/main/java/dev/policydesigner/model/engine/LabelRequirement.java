package dev.policydesigner.model.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code matchExpressions} entry of a label selector, with Kubernetes semantics: {@code In}
 * needs the key with one of the values, {@code NotIn} holds when the key is absent or has another
 * value, {@code Exists} / {@code DoesNotExist} test the key only.
 *
 * @param key the label key, without a {@code k8s:} / {@code any:} source prefix
 * @param operator the operator
 * @param values the values of {@code In} / {@code NotIn}
 */
public record LabelRequirement(String key, Operator operator, List<String> values) {
  /** The operators of a label selector expression. */
  public enum Operator {
    IN("In"),
    NOT_IN("NotIn"),
    EXISTS("Exists"),
    DOES_NOT_EXIST("DoesNotExist");

    private final String yamlName;

    Operator(String yamlName) {
      this.yamlName = yamlName;
    }

    /** As written in YAML, e.g. {@code NotIn}. */
    public String yamlName() {
      return yamlName;
    }

    /** The operator written {@code text}, or {@code null}. */
    public static Operator parse(String text) {
      for (Operator o : values()) {
        if (o.yamlName.equals(text)) {
          return o;
        }
      }
      return null;
    }
  }

  public LabelRequirement {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    values = List.copyOf(values);
  }

  /** Whether a set of labels satisfies it. */
  public boolean matches(Map<String, String> labels) {
    String v = labels.get(key);
    return switch (operator) {
      case IN -> v != null && values.contains(v);
      case NOT_IN -> v == null || !values.contains(v);
      case EXISTS -> v != null;
      case DOES_NOT_EXIST -> v == null;
    };
  }

  /** {@code key NotIn (a, b)}. */
  public String label() {
    return switch (operator) {
      case EXISTS, DOES_NOT_EXIST -> key + " " + operator.yamlName();
      default -> key + " " + operator.yamlName() + " (" + String.join(", ", values) + ")";
    };
  }
}
