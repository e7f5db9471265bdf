package dev.policydesigner.export.template;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.List;

/** Writes the peer of a Cilium rule: endpoints, entities, a CIDR set or FQDNs. */
final class CiliumPeerWriter {
  /** The label Cilium uses to select the namespace of an endpoint. */
  static final String NAMESPACE_LABEL = "io.kubernetes.pod.namespace";

  private CiliumPeerWriter() {}

  static void write(YamlLines out, ListItem item, Direction dir, Peer peer) {
    String prefix = dir == Direction.INGRESS ? "from" : "to";
    int c = item.childIndent();
    if (peer instanceof Peer.Endpoints e) {
      item.key(prefix + "Endpoints");
      endpoints(out, c, e);
    } else if (peer instanceof Peer.Entities en) {
      item.key(prefix + "Entities");
      List<String> names = new ArrayList<>();
      for (Entity entity : en.entities()) {
        names.add(entity.yamlName());
      }
      SelectorWriter.list(out, c, names);
    } else if (peer instanceof Peer.Cidr cidr) {
      item.key(prefix + "CIDRSet");
      out.line(c, "- cidr: " + JinjaText.scalar(cidr.cidr()));
      if (!cidr.except().isEmpty()) {
        out.line(c + 2, "except:");
        SelectorWriter.list(out, c + 4, cidr.except());
      }
    } else if (peer instanceof Peer.Fqdns f) {
      item.key("toFQDNs");
      for (FqdnSelector s : f.selectors()) {
        out.line(c, "- " + s.yamlKey() + ": " + JinjaText.quotedKeepingJinja(s.value()));
      }
    }
  }

  private static void endpoints(YamlLines out, int indent, Peer.Endpoints e) {
    List<Label> labels = new ArrayList<>();
    if (!e.namespace().isBlank()) {
      labels.add(new Label(NAMESPACE_LABEL, e.namespace()));
    }
    labels.addAll(e.labels());
    if (labels.isEmpty()) {
      out.line(indent, "- {}");
      return;
    }
    out.line(indent, "- matchLabels:");
    SelectorWriter.labels(out, indent + 4, labels);
  }
}
