package dev.policydesigner.export.repo;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The exclusive lock on a checkout for the whole of an export: the folder {@code
 * .policy-designer.lock} at its root, created atomically, with an {@code owner} file naming the
 * holder (host, process id and start time, command, since when). A lock whose process is gone (its
 * id is free or now names a process started at another time) is stale and taken over; a live holder
 * is named in the refusal. Re-entrant within one thread; removed on release.
 */
public final class CheckoutLock implements AutoCloseable {
  /** The lock's folder name at the checkout root. */
  public static final String NAME = ".policy-designer.lock";

  private static final String OWNER = "owner";
  private static final String NEW = ".new-";
  private static final Map<Path, CheckoutLock> HELD = new HashMap<>();
  private static final long POLL_MILLIS = 100;

  /** How long a lock folder without owner file counts as being created rather than abandoned. */
  private static final Duration BEING_CREATED = Duration.ofSeconds(10);

  private final Path root;
  private final Thread owner = Thread.currentThread();
  private int depth = 1;

  private CheckoutLock(Path root) {
    this.root = root;
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
        Optional<String> holder = heldBy(key);
        if (holder.isPresent()) {
          throw new CheckoutLockedException(key, holder.get());
        }
        continue; // released since it was found: try again
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CheckoutLockedException(key, holder(key));
      }
    }
  }

  /** Locks the checkout if nobody else holds it (a stale lock is taken over). */
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
        if (!take(key, command) && !(removeIfStale(key) && take(key, command))) {
          return Optional.empty();
        }
      } catch (IOException e) {
        throw new RepoException(
            key.resolve(NAME)
                + " cannot be created ("
                + e.getMessage()
                + "): is the checkout"
                + " writable?",
            e);
      }
      removeLeftovers(key);
      CheckoutLock lock = new CheckoutLock(key);
      HELD.put(key, lock);
      return Optional.of(lock);
    }
  }

  /**
   * Creates the lock folder with its owner file in one step: the folder is made and filled under a
   * name of its own, then renamed to the lock's name, so whoever finds the lock can name its
   * holder. False when the lock folder exists.
   */
  private static boolean take(Path root, String command) throws IOException {
    Path dir = root.resolve(NAME);
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    Path staging = root.resolve(NAME + NEW + UUID.randomUUID());
    Files.createDirectory(staging);
    try {
      Files.writeString(staging.resolve(OWNER), Owner.current(command).text(), UTF_8);
      Files.move(staging, dir, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (FileSystemException e) {
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        return false; // another process renamed its folder first
      }
      throw e;
    } finally {
      delete(staging);
    }
  }

  /** Removes folders a killed process left while taking a lock or moving a stale one aside. */
  private static void removeLeftovers(Path root) {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(root, NAME + ".*")) {
      for (Path p : leftovers) {
        Optional<Owner> owner = Owner.read(p);
        if (owner.map(Owner::isGone).orElse(isOld(p))) {
          delete(p);
        }
      }
    } catch (IOException e) {
      // left for the next export to remove
    }
  }

  private static boolean isOld(Path dir) {
    try {
      return Files.getLastModifiedTime(dir)
          .toInstant()
          .isBefore(Instant.now().minus(BEING_CREATED));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Removes the lock folder when its holder is gone: it is first renamed aside, so that of two
   * processes finding it stale only one removes it, and put back if it turns out to be live.
   */
  private static boolean removeIfStale(Path root) throws IOException {
    Path dir = root.resolve(NAME);
    Optional<Owner> found = Owner.read(dir);
    if (!isStale(dir, found)) {
      return false;
    }
    Path aside = root.resolve(NAME + ".stale-" + UUID.randomUUID());
    try {
      Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException e) {
      return true; // released or taken over meanwhile: try again
    }
    if (!Owner.read(aside).equals(found)) {
      try {
        Files.move(aside, dir, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // the live holder's folder stays aside; its release removes nothing, no harm done
      }
      return false;
    }
    delete(aside);
    return true;
  }

  private static boolean isStale(Path dir, Optional<Owner> owner) throws IOException {
    if (owner.isPresent()) {
      return owner.get().isGone();
    }
    try {
      FileTime created = Files.getLastModifiedTime(dir);
      return created.toInstant().isBefore(Instant.now().minus(BEING_CREATED));
    } catch (NoSuchFileException e) {
      return true;
    }
  }

  private static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(OWNER + StagedFiles.SUFFIX));
    Files.deleteIfExists(dir.resolve(OWNER));
    Files.deleteIfExists(dir);
  }

  /** Who holds the lock, e.g. {@code process 4711 (export since …, running)}. */
  static String holder(Path root) {
    return heldBy(root).orElse("another process");
  }

  /**
   * Who holds the lock, or empty when there is no lock folder (any more): a holder that releases
   * the lock between a failed attempt and this question leaves nobody to name.
   */
  private static Optional<String> heldBy(Path root) {
    // a lock folder of an older version may get its owner file a moment after it appears
    for (int i = 0; i < 20; i++) {
      Optional<Owner> owner = Owner.read(root.resolve(NAME));
      if (owner.isPresent()) {
        return Optional.of(owner.get().describe());
      }
      if (!present(root)) {
        return Optional.empty();
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Optional.of("another process");
  }

  /** Whether a lock folder is present at {@code root} (held or stale). */
  static boolean present(Path root) {
    return Files.exists(root.resolve(NAME));
  }

  /** The locked checkout root. */
  public Path root() {
    return root;
  }

  /** Releases the lock (the outermost release of a thread removes the folder). */
  @Override
  public void close() {
    synchronized (HELD) {
      if (--depth > 0) {
        return;
      }
      HELD.remove(root);
      try {
        // renamed aside first, so nobody finds the lock folder without its owner file
        Path released = root.resolve(NAME + ".released-" + UUID.randomUUID());
        Files.move(root.resolve(NAME), released, StandardCopyOption.ATOMIC_MOVE);
        delete(released);
      } catch (IOException e) {
        // a lock folder left behind is stale once this process ends and is then taken over
      }
    }
  }

  /** The holder of a lock as written in its owner file. */
  record Owner(String host, long pid, String started, String command, String since) {
    static Owner current(String command) {
      ProcessHandle self = ProcessHandle.current();
      return new Owner(
          hostName(),
          self.pid(),
          self.info().startInstant().map(Instant::toString).orElse("?"),
          command.replaceAll("\\s+", "-"),
          Instant.now().toString());
    }

    String text() {
      return "host="
          + host
          + " pid="
          + pid
          + " started="
          + started
          + " command="
          + command
          + " since="
          + since
          + "\n";
    }

    static Optional<Owner> read(Path dir) {
      try {
        Map<String, String> f = new HashMap<>();
        for (String part : Files.readString(dir.resolve(OWNER)).strip().split(" ")) {
          int eq = part.indexOf('=');
          if (eq > 0) {
            f.put(part.substring(0, eq), part.substring(eq + 1));
          }
        }
        return Optional.of(
            new Owner(
                f.getOrDefault("host", "?"),
                Long.parseLong(f.getOrDefault("pid", "-1")),
                f.getOrDefault("started", "?"),
                f.getOrDefault("command", "?"),
                f.getOrDefault("since", "?")));
      } catch (IOException | NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** Whether the holder's process has ended (on another host this cannot be told: no). */
    boolean isGone() {
      if (!host.equals(hostName())) {
        return false;
      }
      Optional<ProcessHandle> p = ProcessHandle.of(pid);
      if (p.isEmpty() || !p.get().isAlive()) {
        return true;
      }
      String now = p.get().info().startInstant().map(Instant::toString).orElse("?");
      return !started.equals("?") && !now.equals("?") && !now.equals(started);
    }

    String describe() {
      String state = isGone() ? "no longer running" : "running";
      String where = host.equals(hostName()) ? "" : " on " + host;
      return "process " + pid + where + " (" + command + " since " + since + ", " + state + ")";
    }

    /** This machine's name, looked up once. */
    static String hostName() {
      return Host.NAME;
    }
  }

  /** Holds the host name, looked up on first use. */
  private static final class Host {
    static final String NAME = lookUp();

    private static String lookUp() {
      try {
        return InetAddress.getLocalHost().getHostName().replaceAll("\\s+", "-");
      } catch (IOException e) {
        return "localhost";
      }
    }
  }
}
