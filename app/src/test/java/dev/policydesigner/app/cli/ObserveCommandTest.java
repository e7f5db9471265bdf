package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ObserveCommandTest {
  private static final Path FIXTURES = Path.of("../export/src/test/resources/hubble");

  @Test
  void reportsMatchedUnmatchedAndUnobservedEdgesAsJson() throws Exception {
    CliRun run =
        CliRun.of(
            "observe",
            "example:rustfs",
            "--flows",
            FIXTURES.resolve("rustfs-traffic.json").toString(),
            "--format",
            "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertTrue(report.get("matched").isArray() && report.get("matched").size() > 0);
    assertTrue(report.get("unobserved").isArray() && report.get("unobserved").size() > 0);
    JsonNode first = report.get("unmatched").get(0);
    assertEquals(9000, first.get("port").asInt());
    assertEquals("default", first.get("source").get("namespace").asText());
    assertTrue(run.err().contains("rustfs-traffic.json:3:"), "bad lines are named: " + run.err());
  }

  @Test
  void aMissingFlowsFileIsBadInput() {
    CliRun run = CliRun.of("observe", "example:hubble", "--flows", "no-such.json");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("no-such.json"), run.err());
  }
}
