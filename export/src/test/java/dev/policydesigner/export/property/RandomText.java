package dev.policydesigner.export.property;

import java.util.List;
import java.util.Random;

/**
 * Random values for generated diagrams: names that YAML would misread when written plainly, and
 * typed text with quotes, Jinja delimiters and unicode.
 */
final class RandomText {
  /** Valid label values, namespaces and names that plain YAML reads as booleans, numbers… */
  static final List<String> YAML_LOOKALIKES =
      List.of(
          "true",
          "on",
          "no",
          "off",
          "yes",
          "null",
          "0",
          "010",
          "0x1f",
          "0b11",
          "1_000",
          "1e3",
          "123",
          "1.5",
          "2001-12-14");

  private static final List<String> AWKWARD =
      List.of(
          "say \"hi\"",
          "it's",
          "a # hash",
          "ends with #",
          "#",
          "%# closes a block",
          "#% opens a block",
          "#| comment",
          "#|#|",
          "{{ braces }}",
          "}} and }#",
          "#{ var }#",
          "back\\slash",
          "Übergröße → 東京 ✓",
          "tab\there",
          "colon: space",
          "- dash first",
          "@at [bracket] {brace}",
          "100% sure",
          "");

  private static final List<String> LABEL_KEYS =
      List.of(
          "app",
          "app.kubernetes.io/name",
          "app.kubernetes.io/component",
          "example.com/tier",
          "k8s-app",
          "role",
          "Tier_2",
          "a.b-c_d",
          "x/y");

  private final Random random;

  RandomText(Random random) {
    this.random = random;
  }

  /** Typed text: plain words, or something awkward, sometimes combined. */
  String typed(String plain) {
    int pick = random.nextInt(4);
    if (pick == 0) {
      return plain;
    }
    String awkward = AWKWARD.get(random.nextInt(AWKWARD.size()));
    return pick == 1 ? awkward : plain + " " + awkward;
  }

  /** A label key with or without a DNS prefix. */
  String labelKey() {
    return LABEL_KEYS.get(random.nextInt(LABEL_KEYS.size()));
  }

  /** A label value: empty, plain, dotted, or a YAML look-alike. */
  String labelValue(String plain) {
    return switch (random.nextInt(6)) {
      case 0 -> "";
      case 1 -> lookalike();
      case 2 -> plain + ".v1-2_b";
      default -> plain;
    };
  }

  /** One of the YAML look-alikes. */
  String lookalike() {
    return YAML_LOOKALIKES.get(random.nextInt(YAML_LOOKALIKES.size()));
  }

  /** A guard conjunct on one of the flags. */
  String condition(int flags) {
    return "flag_" + random.nextInt(flags) + " | default(false)";
  }
}
