package dev.policydesigner.export.template.read;

import dev.policydesigner.export.check.PolicyTemplates;
import dev.policydesigner.export.repo.ParallelMap;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.TemplatePaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Imports every policy template under a repo's {@code templates/} (files holding a
 * CiliumNetworkPolicy, CiliumClusterwideNetworkPolicy or NetworkPolicy) into one diagram. A file
 * that cannot be read becomes a problem; the others still import.
 */
public final class RepoImporter {
  private final boolean fingerprints;

  /** An importer whose imported files carry their fingerprints (see {@link ImportFingerprint}). */
  public RepoImporter() {
    this(true);
  }

  private RepoImporter(boolean fingerprints) {
    this.fingerprints = fingerprints;
  }

  /**
   * An importer for checking a repo, which never exports what it imports: the imported files carry
   * no fingerprint (export compares it to tell a file the user left alone; taking it derives every
   * file once more).
   */
  public static RepoImporter withoutFingerprints() {
    return new RepoImporter(false);
  }

  /** Imports the repo at {@code repoRoot}, limited to {@code templates/underSubdir} if given. */
  public ImportResult importRepo(Path repoRoot, String underSubdir) throws IOException {
    return importRepo(repoRoot, underSubdir, (done, total) -> {});
  }

  /**
   * Imports the repo, reporting progress as (files read, files to read).
   *
   * @throws IOException when the templates directory cannot be listed
   */
  public ImportResult importRepo(
      Path repoRoot, String underSubdir, BiConsumer<Integer, Integer> progress) throws IOException {
    Path templates = repoRoot.resolve("templates");
    Path start =
        underSubdir == null || underSubdir.isBlank() ? templates : templates.resolve(underSubdir);
    if (!Files.isDirectory(start)) {
      throw new IOException(
          repoRoot.relativize(start)
              + " is not a directory of "
              + repoRoot
              + "; pass the repo checkout (the directory holding templates/)");
    }
    Path realRoot = repoRoot.toRealPath();
    if (!start.toRealPath().startsWith(realRoot)) {
      throw new IOException(
          repoRoot.relativize(start)
              + " leads out of the checkout "
              + repoRoot
              + " (to "
              + start.toRealPath()
              + "); import only folders inside it");
    }
    List<Problem> problems = new ArrayList<>();
    List<Path> files = candidates(start, realRoot, repoRoot, problems);
    List<String[]> policies = new ArrayList<>(); // {path, text}
    int skipped = 0;
    for (Path file : files) {
      String path = repoRoot.relativize(file).toString().replace('\\', '/');
      Optional<String> badPath = TemplatePaths.check("path", path);
      if (badPath.isPresent()) {
        problems.add(
            ImportResult.error(
                path,
                0,
                badPath.get() + "; the file is not imported and export leaves it as it is"));
        skipped++;
        continue;
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (PolicyTemplates.isPolicy(text)) {
        policies.add(new String[] {path, text});
      } else {
        skipped++;
      }
    }
    AtomicInteger done = new AtomicInteger(skipped);
    progress.accept(done.get(), files.size());
    // the files are independent: read them on every core, keep their order
    List<Object> read =
        ParallelMap.of(
            policies,
            p -> {
              Object r = read(p[0], p[1]);
              synchronized (progress) {
                progress.accept(done.incrementAndGet(), files.size());
              }
              return r;
            });
    List<ParsedTemplate> parsed = new ArrayList<>();
    for (Object r : read) {
      if (r instanceof ParsedTemplate t) {
        parsed.add(t);
        problems.addAll(inLineOrder(t.problems()));
      } else {
        problems.add((Problem) r);
      }
    }
    String name =
        repoRoot.toAbsolutePath().normalize().getFileName() == null
            ? "imported"
            : repoRoot.toAbsolutePath().normalize().getFileName().toString();
    DiagramAssembler assembler = new DiagramAssembler(problems, fingerprints);
    Diagram diagram = assembler.assemble(name, parsed);
    new KustomizationCheck(repoRoot, problems).check(diagram);
    return new ImportResult(diagram, problems, parsed.size(), assembler.lines());
  }

  /** A file's problems by line (the reader finds some only after the document they are in). */
  private static List<Problem> inLineOrder(List<Problem> problems) {
    return problems.stream()
        .sorted(Comparator.comparingInt(p -> p.line() == null ? 0 : p.line()))
        .toList();
  }

  /** The template read, or the problem that keeps it from being imported. */
  private static Object read(String path, String text) {
    try {
      return new PolicyTemplateReader().read(path, text);
    } catch (TemplateReadException e) {
      return ImportResult.error(
          path,
          e.line(),
          e.getMessage() + "; the file is not imported" + " and export leaves it as it is");
    }
  }

  /**
   * The template files below {@code start}; a symbolic link is followed only when it stays inside
   * the checkout (one that leads out is reported and left out).
   */
  private static List<Path> candidates(
      Path start, Path realRoot, Path repoRoot, List<Problem> problems) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(start)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".yaml.j2") || name.startsWith("kustomization.")) {
          continue;
        }
        if (Files.isSymbolicLink(p) && !insideCheckout(p, realRoot)) {
          String path = repoRoot.relativize(p).toString().replace('\\', '/');
          problems.add(
              ImportResult.error(
                  path,
                  0,
                  "is a symbolic link that leads out of the checkout; the file is not imported"
                      + " and export leaves it as it is"));
        } else if (Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    }
    return files;
  }

  private static boolean insideCheckout(Path link, Path realRoot) {
    try {
      return link.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }
}
