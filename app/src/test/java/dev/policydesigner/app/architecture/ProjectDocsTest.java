package dev.policydesigner.app.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs a clone carries point at what exists: the classes the architecture page names, the
 * decision records, and nothing outside the project.
 */
class ProjectDocsTest {
  private static final Pattern ADR_LINK = Pattern.compile("docs/adr/(\\d{4})[\\w.-]*");

  /** The project folder: the nearest folder up from the module that holds docs/ and pom.xml. */
  static Path root() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null
        && !(Files.isDirectory(p.resolve("docs")) && Files.isRegularFile(p.resolve("pom.xml")))) {
      p = p.getParent();
    }
    assertTrue(p != null, "the project folder is above " + Path.of("").toAbsolutePath());
    return p;
  }

  /** Every main and test source, script and Markdown page of the project, not build output. */
  static List<Path> projectFiles() throws IOException {
    Path root = root();
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> !root.relativize(f).toString().contains("target/"))
          .filter(f -> !root.relativize(f).startsWith(".git"))
          .filter(f -> f.toString().matches(".*\\.(java|md|xml|sh|py)$") || isScript(root, f))
          .toList();
    }
  }

  private static boolean isScript(Path root, Path f) {
    String r = root.relativize(f).toString();
    return r.equals("policy-designer") || r.startsWith(".ci/") || r.equals("mvnw");
  }

  @Test
  void eachDecisionRecordIsTitledWithItsNumber() throws IOException {
    try (Stream<Path> adrs = Files.list(root().resolve("docs/adr"))) {
      for (Path adr : adrs.toList()) {
        String name = adr.getFileName().toString();
        int number = Integer.parseInt(name.substring(0, 4));
        String title = Files.readAllLines(adr).get(0);
        assertTrue(title.startsWith("# " + number + ". "), name + ": " + title);
      }
    }
  }

  @Test
  void referencesToDecisionRecordsNameRecordsThatExist() throws IOException {
    Path adrDir = root().resolve("docs/adr");
    List<String> broken = new ArrayList<>();
    for (Path f : projectFiles()) {
      Matcher m = ADR_LINK.matcher(Files.readString(f));
      while (m.find()) {
        String ref = m.group();
        boolean exists =
            ref.endsWith(".md")
                ? Files.isRegularFile(root().resolve(ref))
                : Files.list(adrDir)
                    .anyMatch(a -> a.getFileName().toString().startsWith(m.group(1)));
        if (!exists) {
          broken.add(root().relativize(f) + ": " + ref);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void noSourceScriptOrPageReadsAFolderBesideTheProject() throws IOException {
    List<String> outside = new ArrayList<>();
    String sibling = "../" + "shared";
    for (Path f : projectFiles()) {
      if (Files.readString(f).contains(sibling)) {
        outside.add(root().relativize(f).toString());
      }
    }
    assertEquals(List.of(), outside, "a clone has nothing beside it");
  }

  @Test
  void everyClassTheArchitecturePageNamesIsASourceFile() throws IOException {
    Path root = root();
    String page = Files.readString(root.resolve("docs/architecture.md"));
    Matcher m = Pattern.compile("`([A-Z][A-Za-z0-9]*)(?:\\.[a-z][A-Za-z0-9]*)?`").matcher(page);
    java.util.Set<String> sources = new java.util.HashSet<>();
    for (Path f : projectFiles()) {
      String name = f.getFileName().toString();
      if (name.endsWith(".java") && f.toString().contains("/src/")) {
        sources.add(name.substring(0, name.length() - ".java".length()));
      }
    }
    List<String> named = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    while (m.find()) {
      named.add(m.group(1));
      if (!sources.contains(m.group(1))) {
        missing.add(m.group(1));
      }
    }
    assertTrue(named.size() > 40, "the page names the classes of each step: " + named);
    assertEquals(List.of(), missing, "classes docs/architecture.md names that do not exist");
  }

  @Test
  void theReadmeSaysEveryScriptItsCiRunRunsBeforeTheTests() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    String run = Files.readString(root().resolve(".ci/run"));
    int at = readme.indexOf("`.ci/run`");
    assertTrue(at > 0, "the README names .ci/run");
    String said = readme.substring(at, readme.indexOf("```", at));
    for (String script : List.of(".ci/check-dist")) {
      assertTrue(run.contains(script), ".ci/run runs " + script);
      assertTrue(said.contains(script), "the README says .ci/run runs " + script + ": " + said);
    }
  }

  @Test
  void theReadmeLinksTheArchitectureAndDesignPagesFromItsLayout() throws IOException {
    String readme = Files.readString(root().resolve("README.md"));
    String layout = readme.substring(readme.indexOf("## Layout"));
    assertTrue(layout.contains("(docs/architecture.md)"), layout);
    assertTrue(layout.contains("(docs/design.md)"), layout);
    assertTrue(Files.isRegularFile(root().resolve("docs/design.md")));
  }
}
