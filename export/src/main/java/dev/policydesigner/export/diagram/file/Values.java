package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.KubernetesNames;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.expr.Condition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the checked values shared by several entries: ports, choices, conditions, DNS names. */
final class Values {
  private static final java.util.Set<String> SELECTOR_KEYS =
      YamlMap.keys("matchName", "matchPattern");

  private Values() {}

  /** A port number 1–65535, reported at its value when out of range. */
  static Integer port(YamlMap map, String key, boolean required) {
    Long value = map.integer(key);
    if (value == null) {
      if (required && map.value(key) == null) {
        map.missing(key);
      }
      return null;
    }
    int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    Optional<String> problem = KubernetesNames.port(clamped);
    if (problem.isPresent()) {
      map.problems()
          .error(
              map.value(key),
              "invalid-value",
              problem.get().replace(String.valueOf(clamped), String.valueOf(value)));
      return null;
    }
    return clamped;
  }

  /** One of a fixed set of names; {@code fallback} when absent, {@code null} when unknown. */
  static <T> T choice(
      YamlMap map,
      String key,
      Function<String, Optional<T>> parse,
      List<String> allowed,
      T fallback) {
    String text = map.text(key);
    if (text == null) {
      return fallback;
    }
    Optional<T> value = parse.apply(text);
    if (value.isEmpty()) {
      map.problems()
          .error(
              map.value(key),
              "invalid-value",
              "\"" + key + "\" is \"" + text + "\"; allowed: " + String.join(", ", allowed));
    }
    return value.orElse(null);
  }

  /** A text checked by {@code check}, reported at its value. */
  static String checked(
      YamlMap map, String key, Function<String, Optional<String>> check, boolean required) {
    String text = required ? map.requiredText(key) : map.text(key);
    if (text != null) {
      check.apply(text).ifPresent(m -> map.problems().error(map.value(key), "invalid-value", m));
    }
    return text;
  }

  /** An optional condition, reported at the column of its first wrong character. */
  static String condition(YamlMap map, String key) {
    String text = map.text(key);
    if (text != null) {
      condition(map.problems(), map.value(key), text);
    }
    return text;
  }

  /** Reports {@code text} of {@code node} at its first wrong character unless it is a condition. */
  static void condition(ReadProblems problems, Node node, String text) {
    Condition.problem(text)
        .ifPresent(
            e ->
                problems.errorInText(
                    node, e.column(), "invalid-value", KubernetesNames.jinjaCondition(text).get()));
  }

  /** A list of {@code {matchName: …}} / {@code {matchPattern: …}} entries. */
  static List<FqdnSelector> selectors(YamlMap parent, String key, String what) {
    List<FqdnSelector> list = new ArrayList<>();
    for (Node item : parent.list(key)) {
      YamlMap map =
          YamlMap.open(item, "a DNS selector of " + what, SELECTOR_KEYS, parent.problems());
      if (map == null) {
        continue;
      }
      if (map.entries().size() != 1) {
        map.problems()
            .error(
                item,
                "wrong-type",
                "a DNS selector of "
                    + what
                    + " must have exactly one of matchName or matchPattern");
        continue;
      }
      boolean pattern = map.value("matchPattern") != null;
      String value =
          pattern
              ? checked(map, "matchPattern", PlaceholderValues::fqdnPattern, true)
              : checked(map, "matchName", PlaceholderValues::fqdnName, true);
      if (value != null) {
        list.add(new FqdnSelector(pattern, value));
      }
    }
    return list;
  }

  /** The conditions of a list, each reported at its first wrong character. */
  static List<String> conditions(YamlMap parent, String key) {
    List<String> list = new ArrayList<>();
    for (Node item : parent.list(key)) {
      String text = Scalars.text(item, "an item of \"" + key + "\"", parent.problems());
      if (text != null) {
        condition(parent.problems(), item, text);
        list.add(text);
      }
    }
    return list;
  }

  /** The text items of a list. */
  static List<String> texts(YamlMap parent, String key, Function<String, Optional<String>> check) {
    List<String> list = new ArrayList<>();
    for (Node item : parent.list(key)) {
      String text = Scalars.text(item, "an item of \"" + key + "\"", parent.problems());
      if (text != null) {
        check.apply(text).ifPresent(m -> parent.problems().error(item, "invalid-value", m));
        list.add(text);
      }
    }
    return list;
  }
}
