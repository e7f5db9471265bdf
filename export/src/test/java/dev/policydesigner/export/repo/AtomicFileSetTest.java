package dev.policydesigner.export.repo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileSetTest {
  @TempDir Path root;

  @Test
  void writesEveryFileAndCreatesMissingFolders() throws Exception {
    Files.writeString(root.resolve("old.txt"), "old");
    new AtomicFileSet(root)
        .put(root.resolve("old.txt"), "new")
        .put(root.resolve("a/b/c.txt"), "c")
        .commit();
    assertEquals("new", Files.readString(root.resolve("old.txt")));
    assertEquals("c", Files.readString(root.resolve("a/b/c.txt")));
    assertEquals(
        Map.of("old.txt", 0, "a/b/c.txt", 0).keySet(),
        TestData.snapshot(root).keySet(),
        "no temporary or backup files remain");
  }

  @Test
  void restoresEverythingWhenALaterFileCannotBeWritten() throws Exception {
    Files.writeString(root.resolve("kept.txt"), "user text");
    Path blocked = Files.createDirectories(root.resolve("blocked.txt/inside"));
    Files.writeString(blocked.resolve("note"), "x");
    Map<String, byte[]> before = TestData.snapshot(root);

    AtomicFileSet set =
        new AtomicFileSet(root)
            .put(root.resolve("kept.txt"), "replaced")
            .put(root.resolve("new/dir/created.txt"), "created")
            .put(root.resolve("blocked.txt"), "cannot");
    RepoException e = assertThrows(RepoException.class, set::commit);

    assertTrue(e.getMessage().startsWith("blocked.txt is a folder"), e.getMessage());
    Map<String, byte[]> after = TestData.snapshot(root);
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    assertFalse(Files.exists(root.resolve("new")), "created folders are removed");
  }

  @Test
  void refusesAReadOnlyFileBeforeWritingAnything() throws Exception {
    Path ro = Files.writeString(root.resolve("ro.txt"), "mine");
    ro.toFile().setWritable(false, false);
    assumeFalse(Files.isWritable(ro), "running as root: permissions do not apply");
    AtomicFileSet set =
        new AtomicFileSet(root).put(root.resolve("first.txt"), "x").put(ro, "theirs");
    RepoException e = assertThrows(RepoException.class, set::commit);
    assertEquals(
        "ro.txt is read-only: make it writable or export elsewhere (nothing was written)",
        e.getMessage());
    assertFalse(Files.exists(root.resolve("first.txt")));
    assertEquals("mine", Files.readString(ro));
  }
}
