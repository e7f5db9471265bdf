package dev.policydesigner.model.observe;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parts of a Cilium identity's label list ({@code ["k8s:app=foo",
 * "k8s:io.kubernetes.pod.namespace=bar", "reserved:host", …]}) that the designer matches on.
 *
 * <p>{@code k8s:} labels are the pod's labels, except Cilium's own {@code io.cilium.*} ones; {@code
 * io.kubernetes.pod.namespace} gives the namespace; {@code reserved:} labels are the reserved
 * identities. Other sources ({@code cidr:}, {@code fqdn:}, {@code container:}) are not selectors
 * and are dropped. A label without a source counts as {@code k8s:}.
 *
 * @param namespace namespace from the namespace label, or {@code null}
 * @param labels pod labels
 * @param reserved reserved identity names, without the {@code reserved:} prefix
 */
public record IdentityLabels(String namespace, Map<String, String> labels, Set<String> reserved) {
  /** The Kubernetes label that carries the pod's namespace. */
  public static final String NAMESPACE_LABEL = "io.kubernetes.pod.namespace";

  public IdentityLabels {
    labels = Map.copyOf(labels);
    reserved = Set.copyOf(reserved);
  }

  /** Parses Hubble's label strings. */
  public static IdentityLabels parse(List<String> raw) {
    String namespace = null;
    Map<String, String> labels = new TreeMap<>();
    Set<String> reserved = new TreeSet<>();
    for (String text : raw) {
      int colon = text.indexOf(':');
      int eq = text.indexOf('=');
      boolean hasSource = colon >= 0 && (eq < 0 || colon < eq);
      String source = hasSource ? text.substring(0, colon) : "k8s";
      String rest = hasSource ? text.substring(colon + 1) : text;
      int split = rest.indexOf('=');
      String key = split < 0 ? rest : rest.substring(0, split);
      String value = split < 0 ? "" : rest.substring(split + 1);
      if (source.equals("reserved")) {
        reserved.add(key);
      } else if (source.equals("k8s") && key.equals(NAMESPACE_LABEL)) {
        namespace = value;
      } else if (source.equals("k8s") && !key.startsWith("io.cilium.") && !key.isEmpty()) {
        labels.put(key, value);
      }
    }
    return new IdentityLabels(namespace, labels, reserved);
  }
}
