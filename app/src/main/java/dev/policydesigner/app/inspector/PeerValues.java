package dev.policydesigner.app.inspector;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.KubernetesNames;
import java.util.ArrayList;
import java.util.List;

/** The values of entity, CIDR and FQDN nodes as one line of text. */
final class PeerValues {
  private PeerValues() {}

  static String format(Node n) {
    if (n instanceof EntityNode e) {
      return String.join(", ", e.entities().stream().map(Entity::yamlName).toList());
    }
    if (n instanceof CidrNode c) {
      return c.cidr() + (c.except().isEmpty() ? "" : " except " + String.join(", ", c.except()));
    }
    FqdnNode f = (FqdnNode) n;
    return String.join(", ", f.selectors().stream().map(FqdnSelector::value).toList());
  }

  static String check(Node n, String text) {
    List<String> parts = split(n instanceof CidrNode ? text.replace(" except ", ",") : text);
    if (parts.isEmpty()) {
      return "Give at least one value";
    }
    for (String p : parts) {
      String msg = checkOne(n, p);
      if (msg != null) {
        return msg;
      }
    }
    return null;
  }

  private static String checkOne(Node n, String p) {
    if (n instanceof EntityNode) {
      return Entity.parse(p).isPresent()
          ? null
          : "Unknown entity \""
              + p
              + "\"; use host, remote-node, kube-apiserver, world, cluster, …";
    }
    if (n instanceof CidrNode) {
      return InputRules.cidr(p);
    }
    var problem = p.contains("*") ? KubernetesNames.fqdnPattern(p) : KubernetesNames.fqdnName(p);
    return problem.orElse(null);
  }

  static Node apply(Node n, String text) {
    if (n instanceof EntityNode e) {
      return e.withEntities(split(text).stream().map(s -> Entity.parse(s).orElseThrow()).toList());
    }
    if (n instanceof CidrNode c) {
      String[] halves = text.split(" except ", 2);
      List<String> except = halves.length > 1 ? split(halves[1]) : List.of();
      return c.withCidr(halves[0].strip(), except);
    }
    List<FqdnSelector> selectors = new ArrayList<>();
    for (String s : split(text)) {
      selectors.add(s.contains("*") ? FqdnSelector.pattern(s) : FqdnSelector.name(s));
    }
    return ((FqdnNode) n).withSelectors(selectors);
  }

  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    for (String p : text.split(",")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }
}
