package dev.policydesigner.icons;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/** Maps the model's kind hints and Cilium entity names to icons, for {@link Icon}. */
final class KindIcons {
  private static final Set<String> NODE_ENTITIES = Set.of("host", "remote-node");

  private KindIcons() {}

  static Icon forKind(String kindHint) {
    switch (normalise(kindHint)) {
      case "gateway":
        return Icon.GATEWAY;
      case "ui":
        return Icon.UI;
      case "relay":
        return Icon.RELAY;
      case "storage":
        return Icon.STORAGE;
      case "database":
        return Icon.DATABASE;
      case "dns":
        return Icon.DNS;
      case "monitoring":
        return Icon.MONITORING;
      default:
        return Icon.APP;
    }
  }

  static Icon forEntity(String entityName) {
    switch (normalise(entityName)) {
      case "host":
        return Icon.HOST;
      case "remote-node":
        return Icon.AGENTS;
      case "world":
        return Icon.WORLD;
      case "kube-apiserver":
        return Icon.KUBE_APISERVER;
      case "cluster":
      default:
        return Icon.CLUSTER;
    }
  }

  static Icon forEntities(Collection<String> entityNames) {
    if (entityNames == null || entityNames.isEmpty()) {
      return Icon.CLUSTER;
    }
    boolean allNodes =
        entityNames.stream().map(KindIcons::normalise).allMatch(NODE_ENTITIES::contains);
    if (allNodes && entityNames.size() > 1) {
      return Icon.AGENTS;
    }
    return forEntity(entityNames.iterator().next());
  }

  private static String normalise(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
  }
}
