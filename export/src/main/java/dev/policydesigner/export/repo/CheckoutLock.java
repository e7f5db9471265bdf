package dev.policydesigner.export.repo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The exclusive lock on a checkout for the whole of an export: an operating-system lock on {@code
 * .policy-designer.lock} at its root, which names its holder (process id, command, start time). The
 * operating system releases the lock when its process dies, so a lock file left by a killed export
 * is stale and taken over at once; a live holder is named in the refusal. Re-entrant within one
 * thread; the file is removed on release.
 */
public final class CheckoutLock implements AutoCloseable {
  /** The lock's file name at the checkout root. */
  public static final String NAME = ".policy-designer.lock";

  private static final Map<Path, CheckoutLock> HELD = new HashMap<>();
  private static final long POLL_MILLIS = 100;

  private final Path root;
  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;
  private final Thread owner = Thread.currentThread();
  private int depth = 1;

  private CheckoutLock(Path root, FileChannel channel, FileLock lock) {
    this.root = root;
    this.file = root.resolve(NAME);
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Locks the checkout at {@code root}, waiting up to {@code wait} for another holder.
   *
   * @param command what the holder does, shown to whoever waits, e.g. {@code export}
   * @throws CheckoutLockedException when another export still holds it after {@code wait}
   */
  public static CheckoutLock acquire(Path root, String command, Duration wait)
      throws RepoException {
    Path key = root.toAbsolutePath().normalize();
    Instant deadline = Instant.now().plus(wait);
    while (true) {
      Optional<CheckoutLock> lock = tryAcquire(key, command);
      if (lock.isPresent()) {
        return lock.get();
      }
      if (!Instant.now().isBefore(deadline)) {
        throw new CheckoutLockedException(key, holder(key));
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CheckoutLockedException(key, holder(key));
      }
    }
  }

  /** Locks the checkout if nobody else holds it. */
  public static Optional<CheckoutLock> tryAcquire(Path root, String command) throws RepoException {
    Path key = root.toAbsolutePath().normalize();
    synchronized (HELD) {
      CheckoutLock mine = HELD.get(key);
      if (mine != null) {
        if (mine.owner != Thread.currentThread()) {
          return Optional.empty();
        }
        mine.depth++;
        return Optional.of(mine);
      }
      try {
        CheckoutLock taken = take(key, command);
        if (taken != null) {
          HELD.put(key, taken);
        }
        return Optional.ofNullable(taken);
      } catch (IOException e) {
        throw new RepoException(
            key.resolve(NAME)
                + " cannot be created ("
                + e.getMessage()
                + "): is the checkout"
                + " writable?",
            e);
      }
    }
  }

  private static CheckoutLock take(Path root, String command) throws IOException {
    Path file = root.resolve(NAME);
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    }
    if (lock == null) {
      ch.close();
      return null;
    }
    String token = holderText(command) + " token=" + UUID.randomUUID() + "\n";
    ch.truncate(0);
    ch.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
    ch.force(true);
    // the file may have been removed by the holder we waited for: then we hold a lock on nothing
    if (!token.equals(readQuietly(file))) {
      lock.release();
      ch.close();
      return null;
    }
    return new CheckoutLock(root, ch, lock);
  }

  private static String holderText(String command) {
    return "pid="
        + ProcessHandle.current().pid()
        + " command="
        + command.replaceAll("\\s+", "-")
        + " since="
        + Instant.now();
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Who holds the lock, as written in its file: e.g. {@code pid 4711 (export since …)}. */
  static String holder(Path root) {
    String text = readQuietly(root.resolve(NAME)).strip();
    Map<String, String> fields = new HashMap<>();
    for (String part : text.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        fields.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    String pid = fields.get("pid");
    if (pid == null) {
      return "another process";
    }
    String alive;
    try {
      alive =
          ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false)
              ? "running"
              : "no longer running";
    } catch (NumberFormatException e) {
      alive = "unknown";
    }
    return "process "
        + pid
        + " ("
        + fields.getOrDefault("command", "?")
        + " since "
        + fields.getOrDefault("since", "?")
        + ", "
        + alive
        + ")";
  }

  /** The locked checkout root. */
  public Path root() {
    return root;
  }

  /** Releases the lock (the outermost release of a thread removes the file). */
  @Override
  public void close() {
    synchronized (HELD) {
      if (--depth > 0) {
        return;
      }
      HELD.remove(root);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // a lock file without a lock is stale and taken over by the next export
      }
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        // closing releases the operating-system lock in any case
      }
    }
  }

  /** Whether a lock file is present at {@code root} (held or stale). */
  static boolean present(Path root) {
    try {
      return Files.exists(root.resolve(NAME));
    } catch (SecurityException e) {
      return false;
    }
  }
}
