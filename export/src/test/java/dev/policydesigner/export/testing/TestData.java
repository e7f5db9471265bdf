package dev.policydesigner.export.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The material the tests read, kept inside the project under {@code
 * export/src/test/resources/testdata/}: the sample repo, the seed's expected templates and the CRD
 * schemas. Found from the working directory of any module (surefire runs in the module folder); the
 * system property {@code testdata.dir} overrides.
 */
public final class TestData {
  private static final String LOCATION = "export/src/test/resources/testdata";
  private static Path dir;

  private TestData() {}

  /** The test data folder. */
  public static synchronized Path dir() {
    if (dir == null) {
      dir = locate();
    }
    return dir;
  }

  /** A file or folder below the test data folder. */
  public static Path resolve(String relative) {
    return dir().resolve(relative);
  }

  /** The sample makejinja repo (read-only: copy it before writing). */
  public static Path sampleRepo() {
    return resolve("sample-repo");
  }

  /**
   * The realistic makejinja GitOps repo (45 policy templates among 234, a makejinja plugin; see its
   * README.md). Read-only: copy it before writing.
   */
  public static Path realisticRepo() {
    return resolve("realistic-repo");
  }

  /** A writable copy of the realistic repo, as {@code into/realistic-repo}. */
  public static Path copyRealisticRepo(Path into) throws IOException {
    return copyTree(realisticRepo(), into.resolve("realistic-repo"));
  }

  /** One of the seed's expected templates, e.g. {@code hubble-ui.yaml.j2}. */
  public static Path seedExpected(String name) {
    return resolve("seed/expected/" + name);
  }

  /** A writable copy of the sample repo, as {@code into/sample-repo}. */
  public static Path copySampleRepo(Path into) throws IOException {
    return copyTree(sampleRepo(), into.resolve("sample-repo"));
  }

  private static Path copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : walk.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
          t.toFile().setWritable(true, true);
        }
      }
    }
    return target;
  }

  /** Every regular file below {@code root} with its bytes, for before/after comparisons. */
  public static Map<String, byte[]> snapshot(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** Every regular file below {@code root} with its text. */
  public static Map<String, String> contents(Path root) throws IOException {
    Map<String, String> texts = new TreeMap<>();
    snapshot(root).forEach((k, v) -> texts.put(k, new String(v, StandardCharsets.UTF_8)));
    return texts;
  }

  /** The relative paths of a snapshot, for readable assertion messages. */
  public static List<String> names(Map<String, byte[]> snapshot) {
    return List.copyOf(snapshot.keySet());
  }

  private static Path locate() {
    String configured = System.getProperty("testdata.dir");
    if (configured != null && !configured.isBlank()) {
      return existing(Path.of(configured));
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve(LOCATION);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        LOCATION
            + " not found above "
            + Path.of("").toAbsolutePath()
            + "; run the tests from the project");
  }

  private static Path existing(Path path) {
    if (!Files.isDirectory(path)) {
      throw new IllegalStateException("testdata.dir " + path + " is not a directory");
    }
    return path.toAbsolutePath().normalize();
  }
}
