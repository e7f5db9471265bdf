package dev.policydesigner.model;

import java.util.Objects;

/**
 * A DNS name selector: {@code matchName} (exact) or {@code matchPattern} (with {@code *}).
 *
 * @param pattern {@code true} for matchPattern, {@code false} for matchName
 * @param value the name or pattern
 */
public record FqdnSelector(boolean pattern, String value) {
  public FqdnSelector {
    Objects.requireNonNull(value, "value");
  }

  /** An exact name. */
  public static FqdnSelector name(String value) {
    return new FqdnSelector(false, value);
  }

  /** A pattern such as {@code *.example.org}. */
  public static FqdnSelector pattern(String value) {
    return new FqdnSelector(true, value);
  }

  /** The Cilium key: {@code matchPattern} or {@code matchName}. */
  public String yamlKey() {
    return pattern ? "matchPattern" : "matchName";
  }
}
