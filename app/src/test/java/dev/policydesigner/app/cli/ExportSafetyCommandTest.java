package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.repo.CheckoutLock;
import dev.policydesigner.export.testing.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code export} and the other writing commands do with bad diagrams and odd targets. */
class ExportSafetyCommandTest {
  private static final String APP = "templates/config/kubernetes/apps/kube-system/";
  private static final String HUBBLE = APP + "network-policies/app/hubble-ui.yaml.j2";

  @TempDir Path dir;

  private Path hubble(String from, String to) throws IOException {
    Path diagram = dir.resolve("hubble.flows.yaml");
    assertEquals(0, CliRun.of("example", "hubble", "--out", diagram.toString()).exitCode());
    String text = Files.readString(diagram);
    assertTrue(text.contains(from), from);
    Files.writeString(diagram, text.replace(from, to));
    return diagram;
  }

  @Test
  void refusesToExportADiagramThatCheckFindsErrorsInAndWritesNothing() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Map<String, String> before = TestData.contents(repo);
    Path diagram = hubble("        name: hubble-relay\n", "        name: hubble-ui\n");
    CliRun run = CliRun.of("export", diagram.toString(), "--repo", repo.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("duplicate-policy"), run.out());
    assertTrue(run.out().contains("CiliumNetworkPolicy kube-system/hubble-ui"), run.out());
    assertTrue(run.err().contains("(nothing was written)"), run.err());
    assertFalse(run.out().contains("created"), run.out());
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void refusesToExportAnInvalidHttpHostThatCheckReports() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Map<String, String> before = TestData.contents(repo);
    Path diagram =
        hubble(
            "    description: User access via Envoy Gateway (internal)\n",
            "    description: User access via Envoy Gateway (internal)\n    l7:\n      http:\n"
                + "        - method: GET\n          host: 'bad host:/x'\n");
    CliRun check = CliRun.of("check", diagram.toString());
    assertEquals(1, check.exitCode(), check.out() + check.err());
    String error =
        check.out().lines().filter(l -> l.startsWith("error ")).findFirst().orElseThrow();
    CliRun run = CliRun.of("export", diagram.toString(), "--repo", repo.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(error), error + "\n--- export said:\n" + run.out());
    assertTrue(run.err().contains("(nothing was written)"), run.err());
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void refusesAPolicyThatAnotherTemplateOfTheCheckoutDefines() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path other = repo.resolve(APP + "hubble/app/hand-written.yaml.j2");
    Files.createDirectories(other.getParent());
    Files.writeString(
        other,
        "---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n"
            + "  name: hubble-ui\n  namespace: kube-system\nspec: {}\n");
    Map<String, String> before = TestData.contents(repo);
    CliRun run = CliRun.of("export", "example:hubble", "--repo", repo.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(APP + "hubble/app/hand-written.yaml.j2:5"), run.out());
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void checkOfACheckoutReportsTwoTemplatesDefiningOnePolicyOnceAtTheLaterOnesLine()
      throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    String coredns = APP + "network-policies/app/coredns.yaml.j2";
    String copy = APP + "network-policies/app/coredns-copy.yaml.j2";
    Files.copy(repo.resolve(coredns), repo.resolve(copy));
    String other = APP + "dns/app/networkpolicy.yaml.j2";
    Files.createDirectories(repo.resolve(other).getParent());
    Files.writeString(
        repo.resolve(other),
        "---\napiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n"
            + "  name: coredns\n  namespace: kube-system\nspec:\n  endpointSelector:\n"
            + "    matchLabels:\n      app: other-dns\n");
    CliRun run = CliRun.of("check", "--repo", repo.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    List<String> duplicates =
        run.out().lines().filter(l -> l.startsWith("error duplicate-policy ")).toList();
    assertEquals(
        List.of(
            "error duplicate-policy "
                + copy
                + ":11: CiliumNetworkPolicy kube-system/coredns is"
                + " also defined in "
                + other
                + ":5: the cluster keeps only one of them; rename"
                + " one of the policies or remove one",
            "error duplicate-policy "
                + coredns
                + ":11: CiliumNetworkPolicy kube-system/coredns is"
                + " also defined in "
                + other
                + ":5: the cluster keeps only one of them; rename"
                + " one of the policies or remove one"),
        duplicates,
        run.out());
  }

  @Test
  void aRefusedExportPrintsNoCreatedLinesAndDryRunExitsThreeOnConflicts() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    assertEquals(0, CliRun.of("export", "example:hubble", "--repo", repo.toString()).exitCode());
    Path file = repo.resolve(HUBBLE);
    Files.writeString(file, Files.readString(file).replace("hubble-ui", "mine"));
    Path diagram = hubble("Serve web interface", "Serve the web interface");

    CliRun dry = CliRun.of("export", diagram.toString(), "--repo", repo.toString(), "--dry-run");
    assertEquals(3, dry.exitCode(), dry.out() + dry.err());
    assertTrue(dry.out().contains("conflict"), dry.out());

    CliRun refused = CliRun.of("export", diagram.toString(), "--repo", repo.toString());
    assertEquals(3, refused.exitCode(), refused.out() + refused.err());
    assertEquals("", refused.out());
    assertTrue(refused.err().contains("(nothing was written)"), refused.err());
  }

  @Test
  void aSecondExportOfALockedCheckoutExitsTwoNamingTheHolder() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Map<String, String> before = TestData.contents(repo);
    try (CheckoutLock held = CheckoutLock.acquire(repo.toAbsolutePath(), "export", Duration.ZERO)) {
      CliRun run =
          CompletableFuture.supplyAsync(
                  () -> CliRun.of("export", "example:hubble", "--repo", repo.toString()))
              .get(60, TimeUnit.SECONDS);
      assertEquals(2, run.exitCode(), run.out() + run.err());
      assertTrue(
          run.err().contains("is being exported by process " + ProcessHandle.current().pid()),
          run.err());
    }
    assertEquals(before, TestData.contents(repo));
  }

  @Test
  void keepsTheModesOfExistingFilesAndGivesNewOnesTheUmasks() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path kustomization = repo.resolve(APP + "network-policies/app/kustomization.yaml.j2");
    Files.setPosixFilePermissions(kustomization, PosixFilePermissions.fromString("rw-r--r--"));
    Path reference = Files.createFile(dir.resolve("umask-reference"));
    String umaskMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
    assertEquals(0, CliRun.of("export", "example:hubble", "--repo", repo.toString()).exitCode());
    assertEquals(
        "rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(kustomization)));
    assertEquals(
        umaskMode,
        PosixFilePermissions.toString(Files.getPosixFilePermissions(repo.resolve(HUBBLE))));
    if (umask().equals("0022")) {
      assertEquals("rw-r--r--", umaskMode);
    }
  }

  private static String umask() throws Exception {
    Process p = new ProcessBuilder("sh", "-c", "umask").start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return out;
  }

  @Test
  void outOntoAFifoWritesIntoItAndDashWritesToStdout() throws Exception {
    Path fifo = dir.resolve("diagram.pipe");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return Files.readString(fifo);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            });
    CliRun run = CliRun.of("example", "hubble", "--out", fifo.toString());
    assertEquals(0, run.exitCode(), run.err());
    String piped = read.get(30, TimeUnit.SECONDS);
    assertTrue(piped.startsWith("version:"), piped);
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(fifo));
    CliRun dash = CliRun.of("example", "hubble", "--out", "-");
    assertEquals(piped, dash.out());
  }

  @Test
  void aNulInAPathIsAClearMessage() {
    CliRun repo = CliRun.of("export", "example:hubble", "--repo", "a\0b");
    assertEquals(2, repo.exitCode());
    assertTrue(repo.err().contains("NUL character"), repo.err());
    assertFalse(repo.err().contains("InvalidPathException"), repo.err());
    CliRun diagram = CliRun.of("check", "x\0y.flows.yaml");
    assertEquals(2, diagram.exitCode());
    assertTrue(diagram.err().contains("NUL character"), diagram.err());
  }

  @Test
  void pathsUnderGitOrOutsideTemplatesAreRefusedByCheck() throws Exception {
    for (String path : new String[] {".git/hooks/x.yaml.j2", ".github/workflows/x.yaml.j2"}) {
      Path diagram = hubble("  - path: " + HUBBLE, "  - path: " + path);
      CliRun run = CliRun.of("check", diagram.toString());
      assertEquals(1, run.exitCode(), run.out() + run.err());
      assertTrue(run.out().contains("must be under templates/"), run.out());
    }
  }
}
