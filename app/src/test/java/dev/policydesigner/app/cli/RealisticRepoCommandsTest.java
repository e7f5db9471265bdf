package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command accepts the diagram {@code import} writes for the realistic repo. */
class RealisticRepoCommandsTest {
  @TempDir Path dir;
  Path repo;
  Path diagram;

  @BeforeEach
  void importRepo() throws Exception {
    repo = TestData.copyRealisticRepo(dir);
    diagram = dir.resolve("realistic.flows.yaml");
    CliRun run = CliRun.of("import", "--repo", repo.toString(), "--out", diagram.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  @Test
  void exportWithoutEditsChangesNoByte() throws Exception {
    Map<String, byte[]> before = TestData.snapshot(repo);
    CliRun run = CliRun.of("export", diagram.toString(), "--repo", repo.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Map<String, byte[]> after = TestData.snapshot(repo);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertTrue(Arrays.equals(v, after.get(k)), k));
  }

  @Test
  void checkRenderSimulateSnapshotAndWalkthroughAcceptTheImportedDiagram() throws Exception {
    CliRun check = CliRun.of("check", diagram.toString());
    assertNotEquals(2, check.exitCode(), check.err());
    assertTrue(check.out().contains("fqdn-without-dns"), check.out());
    CliRun render =
        CliRun.of("render", diagram.toString(), "--set", "network_policies_enabled=true");
    assertEquals(0, render.exitCode(), render.err());
    assertTrue(render.out().contains("namespace: \"monitoring\""), "placeholders render");
    CliRun simulate =
        CliRun.of(
            "simulate",
            diagram.toString(),
            "--from",
            "pod:monitoring:app.kubernetes.io/name=grafana",
            "--to",
            "loki",
            "--port",
            "3100",
            "--mode",
            "enforce",
            "--set",
            "network_policies_enabled=true",
            "--set",
            "grafana_enabled=true",
            "--set",
            "loki_enabled=true");
    assertEquals(0, simulate.exitCode(), simulate.err());
    assertTrue(simulate.out().startsWith("ALLOWED"), simulate.out());
    Path png = dir.resolve("realistic.png");
    CliRun snapshot = CliRun.of("snapshot", diagram.toString(), "--out", png.toString());
    assertEquals(0, snapshot.exitCode(), snapshot.err());
    assertTrue(Files.size(png) > 0);
    Path walk = dir.resolve("walk");
    CliRun walkthrough = CliRun.of("walkthrough", diagram.toString(), "--out", walk.toString());
    assertEquals(0, walkthrough.exitCode(), walkthrough.err());
    assertTrue(Files.exists(walk.resolve("walkthrough.md")));
  }
}
