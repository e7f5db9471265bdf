package dev.policydesigner.model.engine;

import java.util.Objects;

/**
 * A policy as the answers name it.
 *
 * @param kind its kind
 * @param name {@code metadata.name}
 * @param namespace {@code metadata.namespace}; {@code null} for a clusterwide policy
 * @param file the template (or file) it was rendered from, repo-relative
 * @param line the line of its document in that file, from 1
 */
public record PolicyRef(PolicyKind kind, String name, String namespace, String file, int line) {
  public PolicyRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
  }

  /** {@code CiliumNetworkPolicy storage/rustfs}. */
  public String title() {
    return kind.yamlName() + " " + (namespace == null ? "" : namespace + "/") + name;
  }

  /** {@code file:line}. */
  public String location() {
    return file + ":" + line;
  }
}
