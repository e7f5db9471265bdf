package dev.policydesigner.model;

import java.util.Optional;

/** How a template writes {@code enableDefaultDeny}. */
public enum DefaultDenyStyle {
  /** The seed's {@code #% if enforce %#} … {@code #% else %#} … block with the audit comment. */
  IF_BLOCK("if-block"),
  /** {@code ingress: #{ enforce | lower }#} on one line per direction. */
  INLINE("inline"),
  /** No enableDefaultDeny at all (Cilium's default: deny once any rule selects the endpoint). */
  NONE("none");

  private final String fileName;

  DefaultDenyStyle(String fileName) {
    this.fileName = fileName;
  }

  /** The name used in diagram files. */
  public String fileName() {
    return fileName;
  }

  /** Parses a diagram-file name. */
  public static Optional<DefaultDenyStyle> parse(String text) {
    for (DefaultDenyStyle s : values()) {
      if (s.fileName.equals(text)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
