package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExampleAndExportCommandTest {
  private static final String HUBBLE =
      "templates/config/kubernetes/apps/kube-system/network-policies/app/hubble-ui.yaml.j2";
  private static final String RUSTFS =
      "templates/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"hubble", "rustfs"})
  void anExampleWrittenLoadedAndSavedAgainIsByteIdentical(String name) throws Exception {
    Path file = dir.resolve(name + ".flows.yaml");
    CliRun run = CliRun.of("example", name, "--out", file.toString());
    assertEquals(0, run.exitCode(), run.err());
    String written = Files.readString(file);
    assertEquals(written, DiagramFileWriter.write(DiagramFiles.load(file)));
    Path again = dir.resolve("again.flows.yaml");
    DiagramFiles.save(again, DiagramFiles.load(file));
    assertEquals(written, Files.readString(again));
  }

  @Test
  void exampleWithoutOutPrintsTheDiagramFile() {
    CliRun run = CliRun.of("example", "hubble");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("version: 1\n"), run.out());
  }

  @Test
  void exportsBothExamplesAndASecondExportChangesNothing() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    CliRun hubble = CliRun.of("export", "example:hubble", "--repo", repo.toString());
    CliRun rustfs = CliRun.of("export", "example:rustfs", "--repo", repo.toString());
    assertEquals(0, hubble.exitCode(), hubble.err());
    assertEquals(0, rustfs.exitCode(), rustfs.err());
    assertTrue(hubble.out().contains("created   " + HUBBLE), hubble.out());
    assertTrue(rustfs.out().contains("created   " + RUSTFS), rustfs.out());
    assertTrue(Files.exists(repo.resolve(HUBBLE)) && Files.exists(repo.resolve(RUSTFS)));

    Map<String, String> before = TestData.contents(repo);
    CliRun second = CliRun.of("export", "example:hubble", "--repo", repo.toString());
    assertEquals(0, second.exitCode());
    assertTrue(second.out().lines().allMatch(l -> l.startsWith("unchanged")), second.out());
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void dryRunPrintsDiffsAndWritesNothing() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Map<String, String> before = TestData.contents(repo);
    CliRun run = CliRun.of("export", "example:hubble", "--repo", repo.toString(), "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("+  - ./hubble-ui.yaml"), run.out());
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void aFileChangedByHandIsOnlyReplacedWithOverwrite() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    assertEquals(0, CliRun.of("export", "example:rustfs", "--repo", repo.toString()).exitCode());
    Path file = repo.resolve(RUSTFS);
    String edited = Files.readString(file).replace("\"9001\"", "\"9002\"");
    Files.writeString(file, edited);
    Path diagram = dir.resolve("rustfs.flows.yaml");
    CliRun.of("example", "rustfs", "--out", diagram.toString());
    Files.writeString(
        diagram, Files.readString(diagram).replace("Console UI access", "Console access"));

    CliRun refused = CliRun.of("export", diagram.toString(), "--repo", repo.toString());
    assertEquals(3, refused.exitCode(), refused.out() + refused.err());
    assertEquals(edited, Files.readString(file));

    CliRun forced =
        CliRun.of("export", diagram.toString(), "--repo", repo.toString(), "--overwrite");
    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(Files.readString(file).contains("Console access"));
  }
}
