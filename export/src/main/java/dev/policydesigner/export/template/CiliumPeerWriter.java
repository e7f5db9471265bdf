package dev.policydesigner.export.template;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the peers of a Cilium rule: endpoints, entities, CIDRs or FQDNs, each kind under its own
 * key, each peer in its form (by default: namespace label first, {@code matchLabels}, CIDR sets).
 */
final class CiliumPeerWriter {
  /** The label Cilium uses to select the namespace of an endpoint. */
  static final String NAMESPACE_LABEL = "io.kubernetes.pod.namespace";

  private CiliumPeerWriter() {}

  /**
   * Writes the peers of the item's rules.
   *
   * @param namespace the policy's namespace: a peer in it may leave its namespace implicit
   */
  static void write(
      YamlLines out, ListItem item, Direction dir, WrittenRule rule, String namespace) {
    int c = item.childIndent();
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < rule.rules().size(); i++) {
      String key = key(dir, rule.rules().get(i).peer(), rule.forms().get(i));
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    byKey.forEach(
        (key, indexes) -> {
          item.key(key);
          for (int i : indexes) {
            entries(out, c, rule.rules().get(i).peer(), rule.forms().get(i), namespace);
          }
        });
  }

  private static String key(Direction dir, Peer peer, PeerForm form) {
    String prefix = dir == Direction.INGRESS ? "from" : "to";
    if (peer instanceof Peer.Endpoints) {
      return prefix + "Endpoints";
    } else if (peer instanceof Peer.Entities) {
      return prefix + "Entities";
    } else if (peer instanceof Peer.Cidr cidr) {
      return prefix + (form.plainCidr() && cidr.except().isEmpty() ? "CIDR" : "CIDRSet");
    }
    return "toFQDNs";
  }

  private static void entries(YamlLines out, int c, Peer peer, PeerForm form, String namespace) {
    if (peer instanceof Peer.Endpoints e) {
      endpoints(out, c, e, form, namespace);
    } else if (peer instanceof Peer.Entities en) {
      List<String> names = new ArrayList<>();
      for (Entity entity : en.entities()) {
        names.add(entity.yamlName());
      }
      SelectorWriter.list(out, c, names);
    } else if (peer instanceof Peer.Cidr cidr) {
      if (form.plainCidr() && cidr.except().isEmpty()) {
        out.line(c, "- " + JinjaText.value(cidr.cidr()));
        return;
      }
      out.line(c, "- cidr: " + JinjaText.value(cidr.cidr()));
      if (!cidr.except().isEmpty()) {
        out.line(c + 2, "except:");
        SelectorWriter.list(out, c + 4, cidr.except());
      }
    } else if (peer instanceof Peer.Fqdns f) {
      for (FqdnSelector s : f.selectors()) {
        String name =
            form.plainNames() ? JinjaText.value(s.value()) : JinjaText.quotedValue(s.value());
        out.line(c, "- " + s.yamlKey() + ": " + name);
      }
    }
  }

  private static void endpoints(
      YamlLines out, int indent, Peer.Endpoints e, PeerForm form, String namespace) {
    List<Label> labels = new ArrayList<>();
    boolean implicit = form.implicitNamespace() && e.namespace().equals(namespace);
    if (!e.namespace().isBlank() && !implicit) {
      labels.add(new Label(NAMESPACE_LABEL, e.namespace()));
    }
    labels.addAll(e.labels());
    SelectorWriter.selectorItem(out, indent, labels, form.expressionKeys());
  }
}
