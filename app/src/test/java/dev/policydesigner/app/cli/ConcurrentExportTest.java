package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two exports of different diagrams started together into one checkout: the tree is one diagram's
 * whole result (or, when the second waited, the second applied after the first), and an export that
 * did not write says so and exits 2 naming the holder.
 */
class ConcurrentExportTest {
  private static final int FILES = 300;

  @TempDir Path dir;

  @Test
  void twoExportsAtOnceNeverMixAndNeverLoseOneSilently() throws Exception {
    Path a = LargeCheckout.save(dir, "a", LargeCheckout.diagram(FILES, "A"));
    Path b = LargeCheckout.save(dir, "b", LargeCheckout.diagram(FILES, "B"));
    Path repo = LargeCheckout.checkout(dir, "work");
    Map<String, String> old = LargeCheckout.tree(repo);
    Map<String, String> aOnOld = sequential(repo, old, a);
    Map<String, String> bOnOld = sequential(repo, old, b);
    Map<String, String> bOnA = sequential(repo, aOnOld, b);
    Map<String, String> aOnB = sequential(repo, bOnOld, a);

    for (String wait : List.of("0", "600")) {
      LargeCheckout.restore(repo, old);
      Process pa = export(repo, a, wait, "a");
      Process pb = export(repo, b, wait, "b");
      int ea = pa.waitFor();
      int eb = pb.waitFor();
      Map<String, String> now = LargeCheckout.tree(repo);
      String errors = err("a") + err("b");
      System.out.println("two exports with --wait " + wait + ": exit codes " + ea + " and " + eb);
      if (ea == 0 && eb == 0) {
        assertTrue(now.equals(bOnA) || now.equals(aOnB), "both wrote, one after the other");
      } else {
        assertTrue(Set.of(ea, eb).equals(Set.of(0, 2)), "exit codes " + ea + ", " + eb + errors);
        assertEquals(ea == 0 ? aOnOld : bOnOld, now, "the winner's whole result");
        assertTrue(errors.contains("is being exported by process"), errors);
        assertEquals("0", wait, "waiting exports both write");
      }
    }
  }

  private Map<String, String> sequential(Path repo, Map<String, String> start, Path diagram)
      throws Exception {
    LargeCheckout.restore(repo, start);
    assertEquals(0, CliRun.of("export", diagram.toString(), "--repo", repo.toString()).exitCode());
    return LargeCheckout.tree(repo);
  }

  private Process export(Path repo, Path diagram, String wait, String name) throws Exception {
    return LargeCheckout.cli(
            dir, "export", diagram.toString(), "--repo", repo.toString(), "--wait", wait)
        .redirectOutput(dir.resolve(name + ".out").toFile())
        .redirectError(dir.resolve(name + ".err").toFile())
        .start();
  }

  private String err(String name) throws Exception {
    File f = dir.resolve(name + ".err").toFile();
    return f.exists() ? "\n" + name + ": " + Files.readString(f.toPath()) : "";
  }
}
