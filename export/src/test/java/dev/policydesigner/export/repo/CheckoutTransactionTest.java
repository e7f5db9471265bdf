package dev.policydesigner.export.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal protocol of {@link AtomicFileSet}: whatever step an export was stopped at, the next
 * command that opens the checkout leaves it exactly as it was before or exactly as the export meant
 * it, with no file left over; permissions are kept.
 */
class CheckoutTransactionTest {
  @TempDir Path root;
  private CheckoutPaths paths;

  private static final String A = "templates/apps/a.yaml.j2";
  private static final String B = "templates/apps/b.yaml.j2";
  private static final String C = "templates/new/deep/c.yaml.j2";

  @BeforeEach
  void oldTree() throws Exception {
    Files.createDirectories(root.resolve("templates/apps"));
    Files.writeString(root.resolve(A), "old a");
    Files.writeString(root.resolve(B), "old b");
    paths = new CheckoutPaths(root);
  }

  private Map<String, String> oldFiles() {
    return new TreeMap<>(Map.of(A, "old a", B, "old b"));
  }

  private Map<String, String> newFiles() {
    return new TreeMap<>(Map.of(A, "new a", B, "old b", C, "new c"));
  }

  private Map<String, String> tree() throws Exception {
    Map<String, String> out = new TreeMap<>();
    TestData.snapshot(root)
        .forEach((k, v) -> out.put(k.replace('\\', '/'), new String(v, StandardCharsets.UTF_8)));
    return out;
  }

  private ExportJournal journal(ExportJournal.State state) {
    return new ExportJournal(state, List.of("templates/new", "templates/new/deep"), List.of(A, C));
  }

  /** Stages the new texts as the export does up to (and including) {@code staged} files. */
  private void stageUpTo(int staged) throws Exception {
    Files.createDirectories(root.resolve("templates/new/deep"));
    if (staged > 0) {
      StagedFiles.stage(root.resolve(A), "new a".getBytes(StandardCharsets.UTF_8));
    }
    if (staged > 1) {
      StagedFiles.stage(root.resolve(C), "new c".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void writesTheSetAndLeavesNoJournalLockOrStagingFile() throws Exception {
    new AtomicFileSet(root).put(root.resolve(A), "new a").put(root.resolve(C), "new c").commit();
    assertEquals(newFiles(), tree());
  }

  @Test
  void aPreparedSetIsRolledBackAtEveryStepOfStaging() throws Exception {
    for (int staged = 0; staged <= 2; staged++) {
      journal(ExportJournal.State.PREPARE).write(root);
      stageUpTo(staged);
      Optional<String> note = CheckoutRecovery.recover(root);
      assertTrue(note.orElseThrow().startsWith("undid"), note.toString());
      assertEquals(oldFiles(), tree(), "after " + staged + " staged files");
      assertFalse(Files.exists(root.resolve("templates/new")), "new folders removed");
    }
  }

  @Test
  void aCommittedSetIsRolledForwardAtEveryStepOfRenaming() throws Exception {
    for (int renamed = 0; renamed <= 2; renamed++) {
      oldTree();
      Files.deleteIfExists(root.resolve(C));
      journal(ExportJournal.State.PREPARE).write(root);
      stageUpTo(2);
      journal(ExportJournal.State.COMMIT).write(root);
      if (renamed > 0) {
        StagedFiles.install(StagedFiles.stagingOf(root.resolve(A)), root.resolve(A));
      }
      if (renamed > 1) {
        StagedFiles.install(StagedFiles.stagingOf(root.resolve(C)), root.resolve(C));
      }
      Optional<String> note = CheckoutRecovery.recover(root);
      assertTrue(note.orElseThrow().startsWith("finished"), note.toString());
      assertEquals(newFiles(), tree(), "after " + renamed + " renamed files");
    }
  }

  @Test
  void aHalfWrittenJournalMeansNothingStartedAndIsRemoved() throws Exception {
    Files.writeString(StagedFiles.stagingOf(root.resolve(ExportJournal.NAME)), "policy-desi");
    assertEquals(Optional.empty(), CheckoutRecovery.recover(root));
    assertEquals(oldFiles(), tree());
  }

  @Test
  void opensTheCheckoutOnlyAfterFinishingAnInterruptedExport() throws Exception {
    Files.copy(TestData.sampleRepo().resolve("makejinja.toml"), root.resolve("makejinja.toml"));
    journal(ExportJournal.State.PREPARE).write(root);
    stageUpTo(2);
    journal(ExportJournal.State.COMMIT).write(root);
    RepoCheckout checkout = RepoCheckout.open(root);
    assertTrue(checkout.recovered().isPresent());
    Map<String, String> expected = newFiles();
    expected.put("makejinja.toml", Files.readString(root.resolve("makejinja.toml")));
    assertEquals(expected, tree());
  }

  @Test
  void removesTheTemporaryAndBackupFilesOfEarlierVersionsButNothingElse() throws Exception {
    Path apps = root.resolve("templates/apps");
    Files.writeString(apps.resolve(".a.yaml.j2" + "8123456789012345678.tmp"), "half");
    Files.writeString(apps.resolve(".b.yaml.j2" + "42.bak"), "old b");
    Files.writeString(apps.resolve(".kustomization.yaml.j21.tmp"), "k");
    Files.writeString(apps.resolve("notes.tmp"), "mine");
    Files.writeString(apps.resolve(".hidden.bak"), "mine");
    CheckoutLockTest.staleLock(root);
    CheckoutRecovery.recover(root);
    Map<String, String> expected = oldFiles();
    expected.put("templates/apps/notes.tmp", "mine");
    expected.put("templates/apps/.hidden.bak", "mine");
    assertEquals(expected, tree());
  }

  @Test
  void keepsTheModeOfReplacedFilesAndGivesNewOnesTheUmasks() throws Exception {
    Path a = root.resolve(A);
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r--r--"));
    Path b = root.resolve(B);
    Files.setPosixFilePermissions(b, PosixFilePermissions.fromString("rwxr-x---"));
    Path reference = Files.createFile(root.resolve("reference"));
    Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(reference);
    Files.delete(reference);
    new AtomicFileSet(root).put(a, "new a").put(b, "new b").put(root.resolve(C), "new c").commit();
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(a)));
    assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(b)));
    assertEquals(umaskMode, Files.getPosixFilePermissions(root.resolve(C)));
    assertTrue(
        umaskMode.contains(PosixFilePermission.GROUP_READ)
            || umaskMode.contains(PosixFilePermission.OTHERS_READ)
            || !umaskMode.contains(PosixFilePermission.OWNER_EXECUTE),
        "a new file is not created private by the designer: " + umaskMode);
  }

  @Test
  void writesThroughASymbolicLinkInsideTheCheckout() throws Exception {
    Path link = root.resolve("templates/apps/link.yaml.j2");
    Files.createSymbolicLink(link, Path.of("a.yaml.j2"));
    new AtomicFileSet(root).put(link, "via link").commit();
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("via link", Files.readString(root.resolve(A)));
  }

  @Test
  void journalPathsStayInsideTheCheckout() throws Exception {
    new ExportJournal(ExportJournal.State.COMMIT, List.of(), List.of("../outside.txt")).write(root);
    try {
      CheckoutRecovery.recover(root);
    } catch (RepoException e) {
      assertTrue(e.getMessage().contains("outside") || e.getMessage().contains(".."));
    }
    assertFalse(Files.exists(root.getParent().resolve("outside.txt")));
  }
}
