package dev.policydesigner.model.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The protocol of a connection the engine is asked about. For TCP, UDP and SCTP the number is a
 * destination port (1–65535); for ICMP and ICMPv6 it is the message type (0–255).
 */
public enum IpProtocol {
  TCP("TCP", 1, 65535),
  UDP("UDP", 1, 65535),
  SCTP("SCTP", 1, 65535),
  ICMP("ICMP", 0, 255),
  ICMPV6("ICMPv6", 0, 255);

  private final String label;
  private final int min;
  private final int max;

  IpProtocol(String label, int min, int max) {
    this.label = label;
    this.min = min;
    this.max = max;
  }

  /** {@code TCP}, {@code ICMPv6}, … */
  public String label() {
    return label;
  }

  /** The lowest port or type. */
  public int min() {
    return min;
  }

  /** The highest port or type. */
  public int max() {
    return max;
  }

  /** Whether the number is an ICMP type rather than a port. */
  public boolean isIcmp() {
    return this == ICMP || this == ICMPV6;
  }

  /** Parses {@code tcp}, {@code ICMPv6}, … case-insensitively. */
  public static Optional<IpProtocol> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (IpProtocol p : values()) {
      if (p.name().equals(t)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
