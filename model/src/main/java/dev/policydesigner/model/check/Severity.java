package dev.policydesigner.model.check;

import java.util.Locale;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The diagram cannot be exported correctly until this is fixed. */
  ERROR,
  /** Export works, but the result is probably not what was meant. */
  WARNING,
  /** A hint. */
  INFO;

  /**
   * The word for one of them, as counted and shown: {@code error}, {@code warning}, {@code note}.
   */
  public String noun() {
    return this == INFO ? "note" : jsonName();
  }

  /** The lower-case name used in JSON and on the command line: {@code error}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
