package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BadInputTest {
  @TempDir Path dir;

  private Path hubbleFile() throws Exception {
    Path file = dir.resolve("hubble.flows.yaml");
    assertEquals(0, CliRun.of("example", "hubble", "--out", file.toString()).exitCode());
    return file;
  }

  private CliRun exportEdited(String from, String to) throws Exception {
    Path file = hubbleFile();
    String text = Files.readString(file);
    assertTrue(text.contains(from), "fixture text present: " + from);
    Files.writeString(file, text.replace(from, to));
    Path repo = TestData.copySampleRepo(dir);
    return CliRun.of("export", file.toString(), "--repo", repo.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "yaml syntax  | '    kind: gateway'          | '    kind: [gateway'   | :",
        "label key    | 'k8s-app: hubble-ui'         | 'k8s app: hubble-ui'  | label key",
        "label value  | 'gateway-name: internal'     | 'gateway-name: in ternal' | label value",
        "namespace    | 'namespace: network'         | 'namespace: Network_1'   | namespace",
        "port         | '- port: 8081'               | '- port: 70000'          | 70000",
        "unknown node | 'to: cilium-agents'          | 'to: cilium-agent'       | cilium-agent",
      })
  void badDiagramInputIsRefusedWithItsLineAndExitCodeTwo(
      String what, String from, String to, String mentioned) throws Exception {
    CliRun run = exportEdited(from, to);
    assertEquals(2, run.exitCode(), what + ": " + run.err());
    assertTrue(run.err().contains("hubble.flows.yaml:"), "names the file and line: " + run.err());
    assertTrue(run.err().matches("(?s).*hubble\\.flows\\.yaml:\\d+:\\d+: .*"), run.err());
    assertTrue(run.err().contains(mentioned), what + " message: " + run.err());
  }

  @Test
  void anInvalidCidrIsRefused() throws Exception {
    Path file = dir.resolve("cidr.flows.yaml");
    Files.writeString(
        file,
        String.join(
            "\n",
            "version: 1",
            "name: cidr",
            "nodes:",
            "  - id: net",
            "    type: cidr",
            "    name: Office",
            "    cidr: 10.0.0.0/33",
            ""));
    Path repo = TestData.copySampleRepo(dir);
    CliRun run = CliRun.of("export", file.toString(), "--repo", repo.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("cidr.flows.yaml:7:"), run.err());
  }

  @Test
  void aRepoThatIsNotAMakejinjaCheckoutIsRefused() {
    CliRun run = CliRun.of("export", "example:hubble", "--repo", dir.toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("makejinja"), run.err());
  }

  @Test
  void aPolicyPathWithDotDotIsRefusedAndNothingIsWritten() throws Exception {
    Path file = hubbleFile();
    Files.writeString(
        file,
        Files.readString(file).replace("path: templates/config", "path: templates/../../config"));
    Path repo = TestData.copySampleRepo(dir);
    Map<String, String> before = TestData.contents(repo);
    CliRun run = CliRun.of("export", file.toString(), "--repo", repo.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertTrue(run.out().contains("contains '..'"), run.out());
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void aPolicyPathEscapingThroughASymlinkIsRefused() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path apps = repo.resolve("templates/config/kubernetes/apps");
    Files.createSymbolicLink(apps.resolve("kube-system-link"), outside);
    Path file = hubbleFile();
    Files.writeString(
        file, Files.readString(file).replace("apps/kube-system/", "apps/kube-system-link/"));
    CliRun run = CliRun.of("export", file.toString(), "--repo", repo.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("kube-system-link"), run.err());
    try (var s = Files.list(outside)) {
      assertEquals(0, s.count(), "nothing written outside the checkout");
    }
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    CliRun run = CliRun.of("frobnicate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("frobnicate"), run.err());
  }
}
