package dev.policydesigner.export.template;

import dev.policydesigner.model.DefaultDenyStyle;

/** Writes {@code spec.enableDefaultDeny} in one of the repo's styles. */
final class DefaultDenyWriter {
  /** The comment the seed writes above the audit-mode block. */
  static final String AUDIT_COMMENT =
      "Audit mode - observe traffic patterns via Hubble without blocking";

  private DefaultDenyWriter() {}

  static void write(YamlLines out, DefaultDenyStyle style) {
    switch (style) {
      case IF_BLOCK -> ifBlock(out);
      case INLINE -> block(out, "#{ enforce | lower }#");
      case NONE -> {
        // Cilium's default: the policy denies what it does not allow once it selects the pod.
      }
    }
  }

  private static void ifBlock(YamlLines out) {
    out.line("#% if enforce %#");
    block(out, "true");
    out.line("#% else %#");
    out.comment(2, AUDIT_COMMENT);
    block(out, "false");
    out.line("#% endif %#");
  }

  private static void block(YamlLines out, String value) {
    out.line(2, "enableDefaultDeny:");
    out.entry(4, "ingress", value);
    out.entry(4, "egress", value);
  }
}
