package dev.policydesigner.app.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageExportTest {
  private final Diagram hubble = Examples.hubble();

  @Test
  void aSelectedFlowBringsItsEnds() {
    assertEquals(
        Set.of("hubble-ui", "hubble-relay", "kube-dns"),
        ImageExport.nodesOf(hubble, List.of("hubble-ui-to-hubble-relay", "kube-dns")));
  }

  @Test
  void theSubsetKeepsOnlyTheFlowsBetweenItsNodes() {
    Diagram part = ImageExport.subset(hubble, Set.of("hubble-ui", "hubble-relay"));
    assertEquals(2, part.nodes().size());
    assertEquals(
        List.of("hubble-ui-to-hubble-relay"), part.flows().stream().map(f -> f.id()).toList());
  }

  @Test
  void svgOfTheSelectionDrawsOnlyTheSelectedNodes(@TempDir Path tmp) throws Exception {
    Path all = tmp.resolve("all.svg");
    Path part = tmp.resolve("part.svg");
    ImageExport.write(hubble, List.of(), all);
    ImageExport.write(hubble, List.of("hubble-ui", "hubble-relay"), part);
    String whole = Files.readString(all);
    String selected = Files.readString(part);
    assertTrue(whole.startsWith("<?xml") || whole.startsWith("<svg"), whole);
    assertTrue(whole.contains("Prometheus"));
    assertTrue(selected.contains("Hubble Relay"));
    assertFalse(selected.contains("Prometheus"), "not selected");
  }

  @Test
  void otherExtensionsAreRefusedWithTheReason(@TempDir Path tmp) {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImageExport.write(hubble, List.of(), tmp.resolve("x.jpg")));
    assertTrue(e.getMessage().contains(".png or .svg"));
  }
}
