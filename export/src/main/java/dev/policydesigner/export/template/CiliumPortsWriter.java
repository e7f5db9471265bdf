package dev.policydesigner.export.template;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import java.util.List;

/** Writes {@code toPorts} of a Cilium rule: quoted ports and optional L7 rules. */
final class CiliumPortsWriter {
  private CiliumPortsWriter() {}

  /** Writes nothing when there are neither ports nor L7 rules (all ports allowed). */
  static void write(YamlLines out, ListItem item, List<PortRange> ports, L7Rules l7) {
    if (ports.isEmpty() && l7.isEmpty()) {
      return;
    }
    item.key("toPorts");
    int c = item.childIndent();
    if (!ports.isEmpty()) {
      out.line(c, "- ports:");
      for (PortRange p : ports) {
        out.line(c + 4, "- port: \"" + p.port() + "\"");
        out.line(c + 6, "protocol: " + p.protocol().name());
        if (p.endPort() != null) {
          out.line(c + 6, "endPort: " + p.endPort());
        }
      }
    }
    if (!l7.isEmpty()) {
      out.line(ports.isEmpty() ? c : c + 2, (ports.isEmpty() ? "- " : "") + "rules:");
      rules(out, c + 4, l7);
    }
  }

  private static void rules(YamlLines out, int indent, L7Rules l7) {
    if (!l7.dns().isEmpty()) {
      out.line(indent, "dns:");
      for (FqdnSelector s : l7.dns()) {
        out.line(indent + 2, "- " + s.yamlKey() + ": " + JinjaText.quotedValue(s.value()));
      }
    }
    if (!l7.http().isEmpty()) {
      out.line(indent, "http:");
      for (HttpRule h : l7.http()) {
        ListItem item = new ListItem(out, indent + 2);
        if (h.method() != null) {
          item.entry("method", JinjaText.quoted(h.method()));
        }
        if (h.path() != null) {
          item.entry("path", JinjaText.quoted(h.path()));
        }
        if (h.host() != null) {
          item.entry("host", JinjaText.quoted(h.host()));
        }
        item.finish();
      }
    }
  }
}
