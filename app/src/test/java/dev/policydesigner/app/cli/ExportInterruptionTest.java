package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.policydesigner.export.repo.RepoCheckout;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export of a 2,000-file diagram killed ({@code kill -9}) at random moments leaves a checkout
 * that, once the next command has opened it, is exactly the old tree or exactly the new one, with
 * no file more or less.
 */
class ExportInterruptionTest {
  private static final int FILES = 2000;
  private static final int KILLS = 6;

  @TempDir Path dir;

  @Test
  void aKilledExportLeavesTheOldOrTheNewTreeAfterTheNextCommand() throws Exception {
    Path v1 = LargeCheckout.save(dir, "v1", LargeCheckout.diagram(FILES, "v1"));
    Path v2 = LargeCheckout.save(dir, "v2", LargeCheckout.diagram(FILES, "v2"));
    Path repo = LargeCheckout.checkout(dir, "work");
    CliRun first = CliRun.of("export", v1.toString(), "--repo", repo.toString());
    assertEquals(0, first.exitCode(), first.err());
    Map<String, String> before = LargeCheckout.tree(repo);
    long written =
        before.keySet().stream().filter(k -> k.endsWith("/networkpolicy.yaml.j2")).count();
    assertTrue(written >= FILES, "one template per policy file: " + written);

    Process whole = run(repo, v2);
    long[] window = journalWindow(whole, repo);
    assertEquals(0, whole.waitFor(), "an uninterrupted export succeeds");
    Map<String, String> after = LargeCheckout.tree(repo);
    assertTrue(!after.equals(before), "the new diagram changes the tree");
    assertTrue(window[1] > 0, "the journal was seen while the files were written");

    Random random = new Random(2000);
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < KILLS; i++) {
      LargeCheckout.restore(repo, before);
      Process export = run(repo, v2);
      outcomes.add(kill(export, repo, i % 3, window, random));
      RepoCheckout.open(repo); // what every command that opens the checkout does first
      Map<String, String> now = LargeCheckout.tree(repo);
      if (now.equals(before)) {
        outcomes.add("old");
      } else if (now.equals(after)) {
        outcomes.add("new");
      } else {
        fail(
            "after "
                + outcomes
                + ": neither the old nor the new tree; "
                + difference(now, before, after));
      }
    }
    System.out.println(
        "export of "
            + FILES
            + " files, journal from "
            + window[0]
            + " ms for "
            + window[1]
            + " ms: "
            + outcomes);
  }

  /**
   * When, after the start, the export's journal appeared and how long it stayed (ms), watching
   * {@code export} until it ends.
   */
  private static long[] journalWindow(Process export, Path repo) throws Exception {
    long start = System.nanoTime();
    long first = -1;
    long last = -1;
    Path journal = repo.resolve(".policy-designer.journal");
    while (export.isAlive()) {
      if (Files.exists(journal)) {
        last = (System.nanoTime() - start) / 1_000_000;
        first = first < 0 ? last : first;
      }
      Thread.sleep(2);
    }
    return new long[] {first, Math.max(1, last - first)};
  }

  /**
   * Kills {@code export} with SIGKILL at a random moment of one phase: anywhere in its run (0),
   * while it stages files under a prepared journal (1), or while it renames them under a committed
   * one (2).
   */
  private static String kill(Process export, Path repo, int phase, long[] window, Random random)
      throws Exception {
    Path journal = repo.resolve(".policy-designer.journal");
    long delay = (long) ((window[0] + window[1]) * random.nextDouble());
    String what = "after the start";
    if (phase > 0) {
      String state = phase == 1 ? "PREPARE" : "COMMIT";
      while (export.isAlive() && !journalSays(journal, state)) {
        Thread.sleep(1);
      }
      delay = (long) ((phase == 1 ? 0.5 : 0.1) * window[1] * random.nextDouble());
      what = "into the " + state.toLowerCase(java.util.Locale.ROOT) + " phase";
    }
    if (export.waitFor(delay, TimeUnit.MILLISECONDS)) {
      return "finished before the kill " + delay + " ms " + what;
    }
    export.destroyForcibly();
    export.waitFor();
    return "killed " + delay + " ms " + what;
  }

  private static boolean journalSays(Path journal, String state) {
    try {
      return Files.readAllLines(journal).contains(state);
    } catch (java.io.IOException e) {
      return false; // not there (yet, or any more)
    }
  }

  private Process run(Path repo, Path diagram) throws Exception {
    return LargeCheckout.cli(dir, "export", diagram.toString(), "--repo", repo.toString())
        .redirectOutput(File.createTempFile("export", ".out", dir.toFile()))
        .redirectError(File.createTempFile("export", ".err", dir.toFile()))
        .start();
  }

  private static String difference(
      Map<String, String> now, Map<String, String> before, Map<String, String> after) {
    TreeSet<String> extra = new TreeSet<>(now.keySet());
    extra.removeAll(before.keySet());
    extra.removeAll(after.keySet());
    TreeSet<String> missing = new TreeSet<>(after.keySet());
    missing.removeAll(now.keySet());
    long asBefore =
        now.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey()))).count();
    long asAfter =
        now.entrySet().stream().filter(e -> e.getValue().equals(after.get(e.getKey()))).count();
    return "extra "
        + first(extra)
        + ", missing "
        + first(missing)
        + ", "
        + asBefore
        + " files as before, "
        + asAfter
        + " as after, of "
        + now.size();
  }

  private static List<String> first(TreeSet<String> names) {
    return names.stream().limit(5).toList();
  }
}
