package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanvasSearchTest {
  private final Diagram rustfs = Examples.rustfs();

  @Test
  void findsByNameNamespaceLabelAndPort() {
    assertEquals(List.of("kube-dns"), CanvasSearch.of(rustfs, "DNS").nodeIds());
    assertTrue(CanvasSearch.of(rustfs, "ns:ai-system").nodeIds().contains("langfuse"));
    assertEquals(List.of("loki"), CanvasSearch.of(rustfs, "app.kubernetes.io/name=loki").nodeIds());
    CanvasSearch port = CanvasSearch.of(rustfs, "port:9001");
    assertEquals(List.of("rustfs"), port.nodeIds());
    assertTrue(port.flowIds().contains("gateway-to-rustfs"), port.flowIds().toString());
  }

  @Test
  void aPrefixNarrowsTheSearchAndABlankQueryFindsNothing() {
    assertTrue(CanvasSearch.of(rustfs, "name:ai-system").nodeIds().isEmpty());
    assertEquals(CanvasSearch.NONE, CanvasSearch.of(rustfs, "  "));
  }
}
