package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckCommandTest {
  private static final Pattern SUMMARY =
      Pattern.compile("(\\d+) errors?, (\\d+) warnings?, (\\d+) notes?");
  private static final String DRAGONFLY_KUSTOMIZATION =
      "templates/config/kubernetes/apps/cache/dragonfly/app/kustomization.yaml.j2";
  private static final String NETPOL_KUSTOMIZATION =
      "templates/config/kubernetes/apps/kube-system/network-policies/app/kustomization.yaml.j2";

  @TempDir Path dir;

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  private static void assertSummaryCounts(String out) {
    List<String> lines = lines(out);
    Matcher m = SUMMARY.matcher(lines.get(lines.size() - 1));
    assertTrue(m.matches(), "last line is the summary: " + out);
    assertEquals(count(lines, "error "), Integer.parseInt(m.group(1)), out);
    assertEquals(count(lines, "warning "), Integer.parseInt(m.group(2)), out);
    assertEquals(count(lines, "note "), Integer.parseInt(m.group(3)), out);
  }

  private static long count(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).count();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "hubble, host-without-remote-node, network-policies/app/hubble-ui.yaml.j2, Add remote-node",
    "rustfs, netpol-defeats-audit, rustfs/app/networkpolicy.yaml.j2, only in enforce mode",
  })
  void reportsTheExamplesKnownWeaknessWithItsFixAndExitsZeroForWarnings(
      String example, String code, String location, String fix) {
    CliRun run = CliRun.of("check", "example:" + example);
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> lines = lines(run.out());
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("warning " + code + " \\S+/" + location + ":\\d+: .*")) {
        at = i;
      }
    }
    assertTrue(at >= 0, "a warning line for " + code + ": " + run.out());
    assertTrue(lines.get(at + 1).startsWith("  fix: "), run.out());
    assertTrue(lines.get(at + 1).contains(fix), run.out());
    assertSummaryCounts(run.out());
  }

  @Test
  void jsonIsAnArrayOfProblemsWithNullForAbsentFields() throws Exception {
    CliRun hubble = CliRun.of("check", "example:hubble", "--format", "json");
    assertEquals(0, hubble.exitCode(), hubble.err());
    JsonNode array = new ObjectMapper().readTree(hubble.out());
    assertTrue(array.isArray() && array.size() > 0, hubble.out());
    for (JsonNode o : array) {
      for (String field :
          List.of(
              "severity",
              "code",
              "message",
              "file",
              "line",
              "column",
              "policy",
              "from",
              "to",
              "node",
              "flow",
              "fix",
              "locations")) {
        assertTrue(o.has(field), field + " in " + o);
      }
      assertTrue(List.of("error", "warning", "info").contains(o.get("severity").asText()), o + "");
    }
    JsonNode host = only(array, "host-without-remote-node");
    assertEquals("warning", host.get("severity").asText());
    assertEquals("hubble-relay", host.get("from").asText());
    assertEquals("cilium-agents", host.get("to").asText());
    assertTrue(host.get("line").asInt() > 0, host.toString());
    assertTrue(host.get("file").asText().endsWith("/hubble-ui.yaml.j2"), host.toString());
    assertEquals(1, host.get("locations").size(), "the other side is an entity: " + host);
    assertEquals(host.get("file"), host.get("locations").get(0).get("file"));
    assertEquals(host.get("line"), host.get("locations").get(0).get("line"), host.toString());
    assertTrue(host.get("fix").asText().contains("remote-node"), host.toString());

    CliRun rustfs = CliRun.of("check", "example:rustfs", "--format", "json");
    JsonNode netpol = only(new ObjectMapper().readTree(rustfs.out()), "netpol-defeats-audit");
    assertEquals("rustfs", netpol.get("policy").asText());
    assertTrue(netpol.get("from").isNull() && netpol.get("to").isNull(), netpol.toString());
    assertTrue(netpol.get("file").asText().endsWith("rustfs/app/networkpolicy.yaml.j2"));
    assertTrue(netpol.get("line").asInt() > 0, netpol.toString());
  }

  @Test
  void everyFindingOfTheRealisticRepoHasAFileAndALine() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    CliRun run = CliRun.of("check", "--repo", repo.toString(), "--format", "json");
    JsonNode array = new ObjectMapper().readTree(run.out());
    assertTrue(array.size() > 20, run.out());
    for (JsonNode o : array) {
      assertTrue(o.get("file").isTextual() && o.get("line").asInt() > 0, o.toString());
      assertTrue(Files.isRegularFile(repo.resolve(o.get("file").asText())), o.toString());
    }
    Path diagram = dir.resolve("realistic.flows.yaml");
    CliRun imported = CliRun.of("import", "--repo", repo.toString(), "--out", diagram.toString());
    assertEquals(0, imported.exitCode(), imported.err());
    for (JsonNode o :
        new ObjectMapper()
            .readTree(CliRun.of("check", diagram.toString(), "--format", "json").out())) {
      if (!o.get("code").asText().equals("invalid-value") || o.get("node").isTextual()) {
        assertTrue(o.get("file").isTextual() && o.get("line").asInt() > 0, o.toString());
      }
    }
  }

  private static JsonNode only(JsonNode array, String code) {
    List<JsonNode> found = new ArrayList<>();
    array.forEach(o -> found.addAll(code.equals(o.get("code").asText()) ? List.of(o) : List.of()));
    assertEquals(1, found.size(), code + " in " + array);
    return found.get(0);
  }

  @Test
  void aDiagramWithAnErrorExitsOne() throws Exception {
    Path file = dir.resolve("abs.flows.yaml");
    assertEquals(0, CliRun.of("example", "hubble", "--out", file.toString()).exitCode());
    String text = Files.readString(file);
    assertTrue(text.contains("path: templates/config"));
    Files.writeString(file, text.replace("path: templates/config", "path: /templates/config"));
    CliRun run = CliRun.of("check", file.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("error invalid-path ")), run.out());
    assertSummaryCounts(run.out());
  }

  @Test
  void reportsAPolicyFileInTheFolderOfAnotherNamespaceWithTheMoveAsFix() throws Exception {
    Path file = dir.resolve("rustfs.flows.yaml");
    assertEquals(0, CliRun.of("example", "rustfs", "--out", file.toString()).exitCode());
    String text = Files.readString(file);
    String path = "path: templates/config/kubernetes/apps/storage/rustfs/";
    assertTrue(text.contains(path), text);
    Files.writeString(file, text.replace(path, path.replace("/storage/", "/default/")));

    CliRun run = CliRun.of("check", file.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> lines = lines(run.out());
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("warning file-outside-namespace ")) {
        at = i;
      }
    }
    assertTrue(at >= 0, run.out());
    assertTrue(lines.get(at).contains("runs in namespace storage"), run.out());
    assertTrue(
        lines.get(at + 1).contains("Move the file to templates/config/kubernetes/apps/storage/"),
        run.out());
    assertSummaryCounts(run.out());
    assertTrue(
        CliRun.of("check", "example:rustfs")
            .out()
            .lines()
            .noneMatch(l -> l.contains("file-outside-namespace")),
        "the example itself is where it belongs");
  }

  @Test
  void theSampleRepoHasNoKustomizationGuardProblems() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    CliRun run = CliRun.of("check", "--repo", repo.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertFalse(run.out().contains("kustomization-guard"), run.out());
    assertSummaryCounts(run.out());
  }

  @Test
  void anEntryListedWhenItsTemplateRendersEmptyIsAnErrorAtItsLine() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path kustomization = repo.resolve(DRAGONFLY_KUSTOMIZATION);
    String guarded =
        "#% if network_policies_enabled | default(false) %#\n"
            + "  - ./networkpolicy.yaml\n#% endif %#\n";
    String text = Files.readString(kustomization);
    assertTrue(text.contains(guarded));
    Files.writeString(kustomization, text.replace(guarded, "  - ./networkpolicy.yaml\n"));

    CliRun run = CliRun.of("check", "--repo", repo.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                "error kustomization-guard "
                    + DRAGONFLY_KUSTOMIZATION
                    + ":7: lists ./networkpolicy.yaml when it renders empty"
                    + " (e.g. with network_policies_enabled=false)"),
        run.out());

    CliRun json = CliRun.of("check", "--repo", repo.toString(), "--format", "json");
    JsonNode guard = only(new ObjectMapper().readTree(json.out()), "kustomization-guard");
    assertEquals(DRAGONFLY_KUSTOMIZATION, guard.get("file").asText());
    assertEquals(7, guard.get("line").asInt());
    assertEquals(1, json.exitCode());
  }

  @Test
  void anOmittedPolicyThatRendersIsAWarningAndExitsZero() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path kustomization = repo.resolve(NETPOL_KUSTOMIZATION);
    String text = Files.readString(kustomization);
    assertTrue(text.contains("  - ./coredns.yaml\n"));
    Files.writeString(kustomization, text.replace("  - ./coredns.yaml\n", ""));

    CliRun run = CliRun.of("check", "--repo", repo.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                "warning kustomization-guard "
                    + NETPOL_KUSTOMIZATION
                    + ":5: omits ./coredns.yaml although it renders"),
        run.out());
  }

  @Test
  void bothOrNeitherOfDiagramAndRepoIsAUsageError() throws Exception {
    assertEquals(2, CliRun.of("check").exitCode());
    Path repo = TestData.copySampleRepo(dir);
    assertEquals(2, CliRun.of("check", "example:hubble", "--repo", repo.toString()).exitCode());
    CliRun badFormat = CliRun.of("check", "example:hubble", "--format", "xml");
    assertEquals(2, badFormat.exitCode());
    assertTrue(badFormat.err().contains("xml"), badFormat.err());
  }
}
