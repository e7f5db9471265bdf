package dev.policydesigner.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A writable copy of the shared sample repo, and a snapshot of its bytes. */
public final class SampleRepoCopy {
  private SampleRepoCopy() {}

  public static Path shared() {
    return Path.of(System.getProperty("shared.dir", "../../shared"));
  }

  public static Path copyInto(Path dir) throws IOException {
    Path source = shared().resolve("fixtures/sample-repo");
    Path target = dir.resolve("repo");
    try (Stream<Path> files = Files.walk(source)) {
      files.forEach(
          p -> {
            try {
              Path t = target.resolve(source.relativize(p).toString());
              if (Files.isDirectory(p)) {
                Files.createDirectories(t);
              } else {
                Files.copy(p, t);
                t.toFile().setWritable(true);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    return target;
  }

  public static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> map = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        map.put(root.relativize(p).toString(), Files.readString(p));
      }
    }
    return map;
  }
}
