package dev.policydesigner.model.observe;

import java.util.Locale;

/** What Cilium did with an observed flow, as Hubble reports it in {@code verdict}. */
public enum Verdict {
  FORWARDED,
  DROPPED,
  AUDIT,
  ERROR,
  REDIRECTED,
  TRACED,
  TRANSLATED,
  UNKNOWN;

  /** Parses Hubble's name ({@code FORWARDED}, …); anything else is {@link #UNKNOWN}. */
  public static Verdict parse(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return UNKNOWN;
    }
  }

  /** Whether the responsible policy is worth showing: the flow was or would be denied. */
  public boolean isDenial() {
    return this == DROPPED || this == AUDIT;
  }
}
