package dev.policydesigner.export.diagram.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.SyntheticCluster;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diagram of any size the designer writes reads back: tested at 10,000 workloads. */
class LargeDiagramFileTest {
  @TempDir Path dir;

  @Test
  void aDiagramOfTenThousandWorkloadsIsSavedAndLoadedBack() throws Exception {
    Diagram generated = new SyntheticCluster(10_000).generate(10_000, 10_000);
    // every file with one and the same guard object, as an edit applied to all files gives
    Guard shared = generated.files().get(0).guard();
    Diagram d =
        generated.withFiles(generated.files().stream().map(f -> f.withGuard(shared)).toList());
    assertEquals(10_000, d.nodes().stream().filter(Workload.class::isInstance).count());
    Path file = dir.resolve("big.flows.yaml");
    DiagramFiles.save(file, d);
    String text = Files.readString(file);
    assertTrue(
        text.length() > 3 * 1024 * 1024, "beyond SnakeYAML's default 3 MiB: " + text.length());
    assertFalse(text.contains("&id0") || text.contains("*id0"), "no YAML anchors or aliases");
    assertEquals(d, DiagramFiles.load(file));
  }
}
