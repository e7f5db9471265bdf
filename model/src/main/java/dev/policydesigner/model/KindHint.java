package dev.policydesigner.model;

import java.util.Locale;
import java.util.Optional;

/** What a workload is, for the icon on the canvas; it does not change any policy. */
public enum KindHint {
  GATEWAY,
  UI,
  RELAY,
  STORAGE,
  DATABASE,
  DNS,
  MONITORING,
  APP;

  /** The lower-case name used in diagram files. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a diagram-file name such as {@code gateway}. */
  public static Optional<KindHint> parse(String text) {
    for (KindHint k : values()) {
      if (k.fileName().equals(text)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
