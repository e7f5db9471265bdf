package dev.policydesigner.export.hubble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policydesigner.model.observe.FqdnMatch;
import dev.policydesigner.model.observe.IdentityLabels;
import dev.policydesigner.model.observe.ObservedEndpoint;
import dev.policydesigner.model.observe.ReservedIdentity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads one side ({@code source} / {@code destination}) of a Hubble flow object. */
final class HubbleEndpointReader {
  private HubbleEndpointReader() {}

  /**
   * The endpoint from {@code endpoint} ({@code {ID, identity, namespace, labels, pod_name}}), the
   * address {@code ip} from the flow's {@code IP} object and the DNS names Cilium attached.
   */
  static ObservedEndpoint read(JsonNode endpoint, String ip, JsonNode names) {
    IdentityLabels identity = IdentityLabels.parse(strings(endpoint.path("labels")));
    String namespace = endpoint.path("namespace").asText("");
    if (namespace.isEmpty() && identity.namespace() != null) {
      namespace = identity.namespace();
    }
    Set<String> reserved = new TreeSet<>(identity.reserved());
    if (reserved.isEmpty() && namespace.isEmpty()) {
      ReservedIdentity.nameOf(endpoint.path("identity").asLong(0)).ifPresent(reserved::add);
    }
    List<String> dnsNames = strings(names).stream().map(FqdnMatch::normalise).toList();
    return new ObservedEndpoint(namespace, identity.labels(), reserved, ip, dnsNames);
  }

  /** The strings of a JSON array (anything else gives none). */
  static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(
          n -> {
            if (n.isTextual() && !n.asText().isBlank()) {
              list.add(n.asText());
            }
          });
    }
    return list;
  }
}
