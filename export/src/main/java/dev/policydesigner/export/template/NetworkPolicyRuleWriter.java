package dev.policydesigner.export.template;

import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.K8sPeer;
import dev.policydesigner.model.derive.K8sRule;
import java.util.ArrayList;
import java.util.List;

/** Writes one rule of a standard NetworkPolicy: {@code from}/{@code to} peers and ports. */
final class NetworkPolicyRuleWriter {
  /** The label every namespace carries with its own name. */
  static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private NetworkPolicyRuleWriter() {}

  static void write(YamlLines out, K8sRule rule, Direction dir) {
    ListItem item = new ListItem(out, RuleListWriter.ITEM_INDENT);
    if (!rule.peers().isEmpty()) {
      item.key(dir == Direction.INGRESS ? "from" : "to");
      for (K8sPeer peer : rule.peers()) {
        peer(out, item.childIndent(), peer);
      }
    }
    if (!rule.ports().isEmpty()) {
      item.key("ports");
      for (PortRange p : expandAny(rule.ports())) {
        port(out, item.childIndent(), p);
      }
    }
    item.finish();
  }

  private static void peer(YamlLines out, int indent, K8sPeer peer) {
    ListItem item = new ListItem(out, indent);
    int c = indent + 4;
    if (peer.namespace() != null) {
      if (peer.namespace().isEmpty()) {
        item.entry("namespaceSelector", "{}");
      } else {
        item.key("namespaceSelector");
        out.line(c, "matchLabels:");
        out.entry(c + 2, NAMESPACE_NAME_LABEL, JinjaText.value(peer.namespace()));
      }
    }
    if (peer.podLabels() != null) {
      if (peer.podLabels().isEmpty()) {
        item.entry("podSelector", "{}");
      } else {
        item.key("podSelector");
        out.line(c, "matchLabels:");
        SelectorWriter.labels(out, c + 2, peer.podLabels());
      }
    }
    if (peer.cidr() != null) {
      item.key("ipBlock");
      out.entry(c, "cidr", JinjaText.value(peer.cidr()));
      if (!peer.except().isEmpty()) {
        out.line(c, "except:");
        SelectorWriter.list(out, c + 2, peer.except());
      }
    }
    item.finish();
  }

  private static void port(YamlLines out, int indent, PortRange p) {
    out.line(indent, "- port: " + p.port());
    out.line(indent + 2, "protocol: " + p.protocol().name());
    if (p.endPort() != null) {
      out.line(indent + 2, "endPort: " + p.endPort());
    }
  }

  /** NetworkPolicy has no protocol ANY: such a port becomes a TCP and a UDP entry. */
  static List<PortRange> expandAny(List<PortRange> ports) {
    List<PortRange> result = new ArrayList<>();
    for (PortRange p : ports) {
      if (p.protocol() == Protocol.ANY) {
        result.add(new PortRange(p.port(), p.endPort(), Protocol.TCP));
        result.add(new PortRange(p.port(), p.endPort(), Protocol.UDP));
      } else {
        result.add(p);
      }
    }
    return result;
  }
}
