package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.export.testing.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} on two checkouts in which one NetworkPolicy gains ingress rules for two sources: the
 * reporter (whose egress allows the port) gains the connection, the ETL job (whose own
 * NetworkPolicy still blocks its egress on the port) gains nothing, in both modes, and nothing is
 * removed.
 */
class DiffCommandTest {
  private static final Path OLD = TestData.resolve("diff-netpol/old");
  private static final Path NEW = TestData.resolve("diff-netpol/new");

  @TempDir Path dir;

  @Test
  void reportsExactlyTheConnectionNowAllowedEndToEndInBothModes() throws Exception {
    CliRun run = CliRun.of("diff", OLD.toString(), NEW.toString(), "--format", "json");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(0, json.get("removed").size(), run.out());
    JsonNode added = json.get("added");
    Set<String> modes = new TreeSet<>();
    for (JsonNode a : added) {
      modes.add(a.get("mode").asText());
      assertEquals(
          Map.of("namespace", "reports", "labels", Map.of("app", "reporter")), map(a.get("from")));
      assertEquals(
          Map.of("namespace", "data", "labels", Map.of("app", "postgres")), map(a.get("to")));
      assertEquals("5432/TCP", a.get("port").asText());
      assertEquals("cluster.yaml", a.get("values").asText());
      JsonNode rule = a.get("rules").get(a.get("rules").size() - 1);
      assertEquals("postgres", rule.get("policy").asText());
      assertEquals("ingress", rule.get("section").asText());
      assertEquals(
          "templates/config/kubernetes/apps/data/app/networkpolicy.yaml.j2",
          rule.get("file").asText());
      assertEquals(28, rule.get("line").asInt());
      assertEquals("SQL from the reporter", rule.get("description").asText());
    }
    assertEquals(Set.of("audit", "enforce"), modes, run.out());
    assertEquals(2, added.size(), run.out());
  }

  @Test
  void textAndMarkdownNameTheChangeAndNothingChangedExitsZero() {
    CliRun text = CliRun.of("diff", OLD.toString(), NEW.toString());
    assertTrue(text.out().contains("enforce mode, cluster.yaml: 1 added, 0 removed"), text.out());
    assertTrue(
        text.out().contains("+ pod reports/{app=reporter} → pod data/{app=postgres} on 5432/TCP"),
        text.out());
    CliRun md = CliRun.of("diff", OLD.toString(), NEW.toString(), "--format", "markdown");
    assertTrue(md.out().startsWith("### Network policy changes"), md.out());
    assertTrue(
        md.out().contains("| ➕ added | `reports/app=reporter` | `data/app=postgres` | 5432/TCP |"),
        md.out());
    CliRun same = CliRun.of("diff", NEW.toString(), NEW.toString());
    assertEquals(0, same.exitCode(), same.out() + same.err());
    assertTrue(same.out().contains("audit mode, cluster.yaml: no change"), same.out());
  }

  @Test
  void comparesACheckoutWithAGitRevision() throws Exception {
    Path repo = dir.resolve("repo");
    copy(OLD, repo);
    git(repo, "init", "-q");
    git(repo, "add", "-A");
    git(repo, "-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-q", "-m", "old");
    copy(NEW, repo);
    CliRun run = CliRun.of("diff", "--repo", repo.toString(), "--base", "HEAD", "--format", "json");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertEquals(2, json.get("added").size(), run.out());
    assertEquals(0, json.get("removed").size(), run.out());
    assertEquals(2, CliRun.of("diff", "--repo", repo.toString(), "--base", "nope").exitCode());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(JsonNode node) {
    return new ObjectMapper().convertValue(node, Map.class);
  }

  private static void copy(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.sorted(Comparator.naturalOrder()).toList();
    }
    for (Path f : files) {
      Path target = to.resolve(from.relativize(f).toString());
      if (Files.isDirectory(f)) {
        Files.createDirectories(target);
      } else {
        Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void git(Path repo, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), out);
  }
}
