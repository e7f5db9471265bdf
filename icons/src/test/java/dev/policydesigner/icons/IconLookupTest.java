package dev.policydesigner.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IconLookupTest {

  @ParameterizedTest
  @CsvSource({
    "gateway, GATEWAY",
    "ui, UI",
    "relay, RELAY",
    "storage, STORAGE",
    "database, DATABASE",
    "dns, DNS",
    "monitoring, MONITORING",
    "app, APP",
    "DNS, DNS",
    "' relay ', RELAY",
    "spaceship, APP",
    "'', APP"
  })
  void mapsKindHintsToWorkloadIcons(String kindHint, Icon expected) {
    assertEquals(expected, Icon.forKind(kindHint));
  }

  @Test
  void aMissingKindHintGivesTheGenericApplication() {
    assertEquals(Icon.APP, Icon.forKind(null));
  }

  @ParameterizedTest
  @CsvSource({
    "host, HOST",
    "remote-node, AGENTS",
    "world, WORLD",
    "cluster, CLUSTER",
    "kube-apiserver, KUBE_APISERVER",
    "health, CLUSTER",
    "ingress, CLUSTER",
    "all, CLUSTER",
    "World, WORLD"
  })
  void mapsEntityNamesToEntityIcons(String entityName, Icon expected) {
    assertEquals(expected, Icon.forEntity(entityName));
  }

  @Test
  void hostAndRemoteNodeTogetherAreTheAgentsOnAllNodes() {
    assertEquals(Icon.AGENTS, Icon.forEntities(List.of("host", "remote-node")));
  }

  @Test
  void severalEntitiesOtherwiseTakeTheFirstOnesIcon() {
    assertEquals(Icon.HOST, Icon.forEntities(List.of("host")));
    assertEquals(Icon.WORLD, Icon.forEntities(List.of("world", "cluster")));
    assertEquals(Icon.CLUSTER, Icon.forEntities(List.of()));
  }

  @Test
  void namesResourcesByFileNameAndSize() {
    assertEquals("/dev/policydesigner/icons/gateway-32.png", Icon.GATEWAY.resourceName(32));
    assertEquals("/dev/policydesigner/icons/zoom-fit-16.png", Icon.ZOOM_FIT.resourceName(16));
    assertEquals("/dev/policydesigner/icons/kube-apiserver.svg", Icon.KUBE_APISERVER.svgResource());
  }

  @Test
  void refusesSizesThatWereNotRendered() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Icon.DNS.url(24));
    assertEquals("No 24 px rendering of icon dns; sizes are [16, 32, 64]", e.getMessage());
  }
}
