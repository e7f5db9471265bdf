package dev.policydesigner.model;

import java.util.Locale;
import java.util.Optional;

/** Layer-4 protocol of a port in a flow or workload; {@link #ANY} matches all of them. */
public enum Protocol {
  TCP,
  UDP,
  SCTP,
  ANY;

  /** Parses {@code tcp}, {@code UDP}, … case-insensitively. */
  public static Optional<Protocol> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Whether traffic of protocol {@code actual} is covered by a rule on this protocol. */
  public boolean covers(Protocol actual) {
    return this == ANY || this == actual;
  }
}
