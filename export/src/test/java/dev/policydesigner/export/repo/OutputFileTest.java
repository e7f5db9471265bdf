package dev.policydesigner.export.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
  @TempDir Path dir;

  /** A FIFO made with mkfifo in the test's own folder. */
  static Path fifo(Path dir) throws Exception {
    Path fifo = dir.resolve("pipe");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
    assertEquals(0, p.waitFor());
    return fifo;
  }

  /** Reads everything written to {@code fifo}, in the background. */
  static CompletableFuture<String> drain(Path fifo) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return Files.readString(fifo, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void writesIntoAFifoInsteadOfReplacingIt() throws Exception {
    Path fifo = fifo(dir);
    CompletableFuture<String> read = drain(fifo);
    OutputFile.write(fifo, "through the pipe\n".getBytes(StandardCharsets.UTF_8));
    assertEquals("through the pipe\n", read.get(10, TimeUnit.SECONDS));
    assertTrue(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.isRegularFile(fifo), "still a FIFO");
    assertEquals(List.of(fifo), list(), "no staging file left");
  }

  @Test
  void replacesARegularFileKeepingItsModeAndLeavesNothingBeside() throws Exception {
    Path file = Files.writeString(dir.resolve("out.yaml"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    OutputFile.write(file, "new".getBytes(StandardCharsets.UTF_8));
    assertEquals("new", Files.readString(file));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(List.of(file), list());
  }

  @Test
  void refusesAFolder() {
    assertThrows(IOException.class, () -> OutputFile.write(dir, new byte[] {1}));
  }

  private List<Path> list() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
