package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.export.testing.TestData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  private static final String HUBBLE =
      "templates/config/kubernetes/apps/kube-system/network-policies/app/hubble-ui.yaml.j2";
  private static final String DRAGONFLY =
      "templates/config/kubernetes/apps/cache/dragonfly/app/networkpolicy.yaml.j2";
  private static final String COREDNS =
      "templates/config/kubernetes/apps/kube-system/network-policies/app/coredns.yaml.j2";

  @TempDir Path dir;

  @Test
  void rendersTheHubbleExampleInEnforceModeWithDefaultDeny() {
    CliRun run =
        CliRun.of(
            "render",
            "example:hubble",
            "--set",
            "network_policies_enabled=true",
            "--set",
            "hubble_enabled=true",
            "--mode",
            "enforce");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("# " + HUBBLE + "\n---\n"), run.out());
    assertTrue(run.out().contains("  enableDefaultDeny:\n    ingress: true\n"), run.out());
    assertTrue(run.out().contains("kind: CiliumNetworkPolicy"), run.out());
  }

  @Test
  void theHubbleExampleRendersEmptyWithHubbleOff() {
    CliRun run =
        CliRun.of(
            "render",
            "example:hubble",
            "--set",
            "network_policies_enabled=true",
            "--set",
            "hubble_enabled=false",
            "--mode",
            "enforce");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("# " + HUBBLE + ": renders empty\n", run.out());
  }

  @Test
  void aRepoTemplateRendersAsTheOracleDoesWithTheRepoValues() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    CliRun run = CliRun.of("render", "--repo", repo.toString(), "--file", DRAGONFLY);
    assertEquals(0, run.exitCode(), run.err());
    String oracle = oracle(repo, DRAGONFLY);
    assertTrue(oracle.contains("kind: CiliumNetworkPolicy"), oracle);
    assertEquals("# " + DRAGONFLY + "\n" + oracle, run.out());
  }

  @Test
  void theWholeRepoRendersEveryPolicyTemplateAndNoKustomization() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    CliRun run = CliRun.of("render", "--repo", repo.toString(), "--mode", "enforce");
    assertEquals(0, run.exitCode(), run.err());
    List<String> headers = run.out().lines().filter(l -> l.startsWith("# templates/")).toList();
    assertEquals(List.of("# " + DRAGONFLY, "# " + COREDNS), headers);
    assertTrue(run.out().contains("    ingress: true\n"), run.out());
  }

  private static String oracle(Path repo, String template) throws Exception {
    String python = System.getenv().getOrDefault("ORACLE_PYTHON", "python3");
    Path script = MakejinjaOracle.renderer().toAbsolutePath();
    Process p =
        new ProcessBuilder(python, script.toString(), template, "-v", "cluster.yaml")
            .directory(repo.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    p.getOutputStream().close();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    p.getInputStream().transferTo(out);
    assertEquals(0, p.waitFor(), "oracle exit code");
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTemplateThatCannotBeRenderedExitsTwoWithItsPathAndLine() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path coredns = repo.resolve(COREDNS);
    Files.writeString(coredns, Files.readString(coredns) + "#% if %#\n");
    CliRun run = CliRun.of("render", "--repo", repo.toString());
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().matches("(?s)" + Pattern.quote(COREDNS) + ":\\d+: .+"), run.err());
    assertTrue(run.out().contains("# " + DRAGONFLY + "\n"), "the others still render");
  }

  @Test
  void aFileOutsideTheCheckoutIsRefused() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Files.writeString(dir.resolve("outside.yaml.j2"), "kind: CiliumNetworkPolicy\n");
    CliRun run = CliRun.of("render", "--repo", repo.toString(), "--file", "../outside.yaml.j2");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains(".."), run.err());
    assertEquals("", run.out());
  }

  @Test
  void badValuesAndModesAreUsageErrors() throws Exception {
    assertEquals(2, CliRun.of("render", "example:hubble", "--mode", "observe").exitCode());
    assertEquals(2, CliRun.of("render", "example:hubble", "--set", "novalue").exitCode());
    assertEquals(2, CliRun.of("render", "example:hubble", "--file", "x.yaml.j2").exitCode());
    Path values = dir.resolve("values.yaml");
    Files.writeString(values, "a: [b\n");
    CliRun bad = CliRun.of("render", "example:hubble", "--values", values.toString());
    assertEquals(2, bad.exitCode());
    assertTrue(bad.err().contains("values.yaml:"), bad.err());
  }

  @Test
  void aValuesFileFeedsTheRenderAndSetOverridesIt() throws Exception {
    Path values = dir.resolve("values.yaml");
    Files.writeString(
        values,
        "network_policies_enabled: true\nhubble_enabled: false\nnetwork_policies_mode: audit\n");
    CliRun off = CliRun.of("render", "example:hubble", "--values", values.toString());
    assertEquals("# " + HUBBLE + ": renders empty\n", off.out());
    CliRun on =
        CliRun.of(
            "render",
            "example:hubble",
            "--values",
            values.toString(),
            "--set",
            "hubble_enabled=true");
    assertTrue(on.out().contains("    ingress: false\n"), on.out());
  }
}
