package dev.policydesigner.app.document;

import dev.policydesigner.model.Diagram;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Recovery copies of unsaved documents, written periodically so work survives a crash; a copy is
 * deleted when its document is saved or closed.
 */
public final class RecoveryStore {
  private final Path dir;
  private final DiagramStore store;

  public RecoveryStore(Path dir, DiagramStore store) {
    this.dir = dir;
    this.store = store;
  }

  /** {@code ~/.local/state/policy-designer/recovery}. */
  public static Path defaultDirectory() {
    return Path.of(
        System.getProperty("user.home"), ".local", "state", "policy-designer", "recovery");
  }

  /** A fresh recovery file name for a document. */
  public Path newSlot() {
    return dir.resolve(UUID.randomUUID() + ".flows.yaml");
  }

  /** Writes {@code diagram} to {@code slot}. */
  public void save(Diagram diagram, Path slot) throws IOException {
    Files.createDirectories(dir);
    Path tmp = slot.resolveSibling(slot.getFileName() + ".tmp");
    store.write(diagram, tmp);
    Files.move(tmp, slot, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  /** Deletes the recovery copy, if any. */
  public void discard(Path slot) {
    try {
      Files.deleteIfExists(slot);
    } catch (IOException e) {
      // a stale recovery copy is offered once more at the next start; nothing is lost
    }
  }

  /** Recovery copies left by a previous run. */
  public List<Path> leftovers() {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (Stream<Path> files = Files.list(dir)) {
      files.filter(p -> p.toString().endsWith(".flows.yaml")).sorted().forEach(found::add);
    } catch (IOException e) {
      return found;
    }
    return found;
  }

  /** Reads a recovery copy. */
  public Diagram read(Path slot) throws IOException {
    return store.read(slot);
  }
}
