package dev.policydesigner.model.engine;

import java.util.Map;

/**
 * A Kubernetes Service found among the documents.
 *
 * @param namespace its namespace
 * @param name its name
 * @param labels its {@code metadata.labels}
 * @param hasSelector whether it selects pods (Cilium's {@code toServices} applies to Services
 *     without a selector only)
 */
record ServiceInfo(String namespace, String name, Map<String, String> labels, boolean hasSelector) {
  ServiceInfo {
    labels = Map.copyOf(labels);
  }
}
