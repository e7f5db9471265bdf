package dev.policydesigner.model;

import java.util.Optional;

/** Cilium's reserved entities, as written in {@code fromEntities} / {@code toEntities}. */
public enum Entity {
  HOST("host"),
  REMOTE_NODE("remote-node"),
  KUBE_APISERVER("kube-apiserver"),
  WORLD("world"),
  CLUSTER("cluster"),
  HEALTH("health"),
  INGRESS("ingress"),
  INIT("init"),
  UNMANAGED("unmanaged"),
  ALL("all");

  private final String yamlName;

  Entity(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The name Cilium uses, e.g. {@code remote-node}. */
  public String yamlName() {
    return yamlName;
  }

  /** Parses Cilium's name of an entity. */
  public static Optional<Entity> parse(String text) {
    for (Entity e : values()) {
      if (e.yamlName.equals(text)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
