package dev.policydesigner.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentityLabelsTest {
  @Test
  void keepsPodLabelsAndTakesTheNamespaceFromItsLabel() {
    IdentityLabels labels =
        IdentityLabels.parse(
            List.of(
                "k8s:app.kubernetes.io/name=rustfs",
                "k8s:io.cilium.k8s.policy.serviceaccount=rustfs",
                "k8s:io.cilium.k8s.namespace.labels.kubernetes.io/metadata.name=storage",
                "k8s:io.kubernetes.pod.namespace=storage",
                "k8s:statefulset.kubernetes.io/pod-name=rustfs-0"));
    assertEquals("storage", labels.namespace());
    assertEquals(
        Map.of(
            "app.kubernetes.io/name", "rustfs", "statefulset.kubernetes.io/pod-name", "rustfs-0"),
        labels.labels());
    assertEquals(Set.of(), labels.reserved());
  }

  @Test
  void collectsReservedIdentitiesAndDropsCidrAndFqdnLabels() {
    IdentityLabels labels =
        IdentityLabels.parse(
            List.of("reserved:world-ipv4", "cidr:203.0.113.10/32", "fqdn:api.github.com"));
    assertNull(labels.namespace());
    assertEquals(Map.of(), labels.labels());
    assertEquals(Set.of("world-ipv4"), labels.reserved());
  }

  @Test
  void readsALabelWithoutSourceAsAKubernetesLabel() {
    assertEquals(Map.of("app", "curl"), IdentityLabels.parse(List.of("app=curl")).labels());
  }
}
