package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.SyntheticCluster;
import dev.policydesigner.model.lint.DiagramChecks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Test fixtures for exports of many files: a synthetic diagram with one policy file (and so one
 * kustomization) per workload, in two versions that differ in every template, and whole-tree
 * snapshots.
 */
final class LargeCheckout {
  private LargeCheckout() {}

  /** A diagram of exactly {@code count} policy files, one per workload; {@code v} marks texts. */
  static Diagram diagram(int count, String v) {
    Diagram base = new SyntheticCluster(14).generate(count + 20, count);
    List<PolicyFile> files = new ArrayList<>();
    for (PolicyFile file : base.files()) {
      for (PolicySubject s : file.subjects()) {
        Workload w = base.workload(s.workloadId()).orElseThrow();
        PolicySubject marked =
            s.withTexts(s.policyName(), s.title() + " " + v, s.purpose(), s.description());
        files.add(
            new PolicyFile(
                "templates/config/kubernetes/apps/"
                    + w.namespace()
                    + "/"
                    + w.id()
                    + "/app/networkpolicy.yaml.j2",
                file.guard(),
                file.defaultDenyStyle(),
                List.of(marked),
                null));
      }
    }
    Diagram d = base.withFiles(files.subList(0, count));
    List<Problem> errors = DiagramChecks.of(d).stream().filter(Problem::isError).toList();
    assertEquals(List.of(), errors, "the fixture exports");
    return d;
  }

  /** Writes {@code d} as a diagram file in {@code dir}. */
  static Path save(Path dir, String name, Diagram d) throws Exception {
    Path file = dir.resolve(name + ".flows.yaml");
    DiagramFiles.save(file, d);
    return file;
  }

  /** A fresh copy of the sample checkout at {@code dir/name}. */
  static Path checkout(Path dir, String name) throws IOException {
    Path parent = Files.createDirectories(dir.resolve(name));
    return TestData.copySampleRepo(parent);
  }

  /** Every file below {@code root} (links and all) with its bytes as text. */
  static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        if (!Files.isDirectory(p)) {
          out.put(root.relativize(p).toString(), Files.readString(p));
        } else if (isEmpty(p)) {
          out.put(root.relativize(p) + "/", "(empty folder)");
        }
      }
    }
    return out;
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    }
  }

  /** Replaces the files below {@code root} by those of {@code tree}. */
  static void restore(Path root, Map<String, String> tree) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(root);
    for (Map.Entry<String, String> e : tree.entrySet()) {
      Path p = root.resolve(e.getKey());
      if (e.getKey().endsWith("/")) {
        Files.createDirectories(p);
      } else {
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue());
      }
    }
  }

  /** {@code java … Launcher <args>} in a fresh JVM with this test's class path. */
  static ProcessBuilder cli(Path dir, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.policydesigner.app.Launcher");
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(dir.toFile());
  }
}
