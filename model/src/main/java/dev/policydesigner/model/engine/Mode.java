package dev.policydesigner.model.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The value of the repo's mode flag: policies observe ({@code audit}) or block ({@code enforce}).
 */
public enum Mode {
  AUDIT,
  ENFORCE;

  /** {@code audit} / {@code enforce}, as written in {@code cluster.yaml}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code audit} or {@code enforce}. */
  public static Optional<Mode> parse(String text) {
    for (Mode m : values()) {
      if (m.value().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
