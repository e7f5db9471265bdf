package dev.policydesigner.export.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckoutLockTest {
  @TempDir Path root;

  @Test
  void aSecondHolderIsRefusedWithTheFirstOnesProcessAndCommand() throws Exception {
    try (CheckoutLock first = CheckoutLock.acquire(root, "export", Duration.ZERO)) {
      CompletableFuture<Throwable> other =
          CompletableFuture.supplyAsync(
              () ->
                  assertThrows(
                      CheckoutLockedException.class,
                      () -> CheckoutLock.acquire(root, "export", Duration.ofMillis(300))));
      String message = other.get(10, TimeUnit.SECONDS).getMessage();
      assertTrue(
          message.contains("process " + ProcessHandle.current().pid() + " (export since"), message);
      assertTrue(message.contains("running"), message);
    }
    assertFalse(Files.exists(root.resolve(CheckoutLock.NAME)), "released locks leave no file");
  }

  @Test
  void aWaitingHolderGetsTheLockWhenTheFirstReleasesIt() throws Exception {
    CheckoutLock first = CheckoutLock.acquire(root, "export", Duration.ZERO);
    CompletableFuture<Boolean> other =
        CompletableFuture.supplyAsync(
            () -> {
              try (CheckoutLock second =
                  CheckoutLock.acquire(root, "export", Duration.ofSeconds(20))) {
                return Files.exists(root.resolve(CheckoutLock.NAME));
              } catch (RepoException e) {
                return false;
              }
            });
    Thread.sleep(200);
    first.close();
    assertTrue(other.get(30, TimeUnit.SECONDS));
  }

  @Test
  void aLockFileWithoutALiveHolderIsStaleAndTakenOver() throws Exception {
    staleLock(root);
    try (CheckoutLock lock = CheckoutLock.acquire(root, "export", Duration.ZERO)) {
      String text = Files.readString(root.resolve(CheckoutLock.NAME).resolve("owner"));
      assertTrue(text.contains(" pid=" + ProcessHandle.current().pid() + " "), text);
    }
    assertFalse(Files.exists(root.resolve(CheckoutLock.NAME)));
  }

  /** The lock folder a killed export leaves: its process id names no running process. */
  static void staleLock(Path root) throws Exception {
    Path dir = Files.createDirectories(root.resolve(CheckoutLock.NAME));
    Files.writeString(
        dir.resolve("owner"),
        "host="
            + CheckoutLock.Owner.hostName()
            + " pid=2147483647 started=2020-01-01T00:00:00Z command=export since=x\n");
  }

  @Test
  void aLockOfAProcessIdNowUsedByAnotherProcessIsStale() throws Exception {
    Path dir = Files.createDirectories(root.resolve(CheckoutLock.NAME));
    Files.writeString(
        dir.resolve("owner"),
        "host="
            + CheckoutLock.Owner.hostName()
            + " pid="
            + ProcessHandle.current().pid()
            + " started=2020-01-01T00:00:00Z command=export since=x\n");
    try (CheckoutLock lock = CheckoutLock.acquire(root, "export", Duration.ZERO)) {
      assertTrue(Files.exists(dir));
    }
  }

  @Test
  void aLockHeldOnAnotherHostIsNeverTakenOver() throws Exception {
    Path dir = Files.createDirectories(root.resolve(CheckoutLock.NAME));
    Files.writeString(
        dir.resolve("owner"), "host=elsewhere pid=1 started=? command=export since=x\n");
    RepoException e =
        assertThrows(
            CheckoutLockedException.class,
            () -> CheckoutLock.acquire(root, "export", Duration.ZERO));
    assertTrue(e.getMessage().contains("process 1 on elsewhere"), e.getMessage());
  }

  @Test
  void isReentrantInOneThread() throws Exception {
    try (CheckoutLock outer = CheckoutLock.acquire(root, "export", Duration.ZERO);
        CheckoutLock inner = CheckoutLock.acquire(root, "export", Duration.ZERO)) {
      assertEquals(outer, inner);
    }
    assertFalse(Files.exists(root.resolve(CheckoutLock.NAME)));
  }

  @Test
  void namesAHolderThatIsGoneAsNoLongerRunning() throws Exception {
    staleLock(root);
    assertTrue(CheckoutLock.holder(root).contains("no longer running"), CheckoutLock.holder(root));
  }
}
