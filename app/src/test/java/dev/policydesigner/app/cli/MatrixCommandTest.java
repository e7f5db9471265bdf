package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.export.testing.TestData;
import org.junit.jupiter.api.Test;

class MatrixCommandTest {
  private static final String NEW = TestData.resolve("diff-netpol/new").toString();

  @Test
  void listsTheAllowedPairsOfEveryIdentityThePoliciesName() throws Exception {
    CliRun run = CliRun.of("matrix", "--repo", NEW, "--mode", "enforce", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertTrue(json.get("identities").size() >= 5, run.out());
    boolean reporterToDb = false;
    boolean etlToDb = false;
    for (JsonNode a : json.get("allowed")) {
      String from = a.get("from").path("labels").path("app").asText();
      String to = a.get("to").path("labels").path("app").asText();
      reporterToDb |= from.equals("reporter") && to.equals("postgres");
      etlToDb |= from.equals("etl") && to.equals("postgres");
    }
    assertTrue(reporterToDb, run.out());
    assertTrue(!etlToDb, "the ETL job's egress blocks it: " + run.out());
  }

  @Test
  void everyFormatRenders() {
    for (String format : new String[] {"text", "markdown", "csv"}) {
      CliRun run = CliRun.of("matrix", "--repo", NEW, "--format", format);
      assertEquals(0, run.exitCode(), format + run.err());
      assertTrue(run.out().contains("reporter"), format + ": " + run.out());
    }
    assertTrue(
        CliRun.of("matrix", "--repo", NEW, "--format", "csv").out().startsWith("from,to,ports\n"));
    assertEquals(2, CliRun.of("matrix", "--repo", NEW, "--format", "xml").exitCode());
    CliRun diagram = CliRun.of("matrix", "example:hubble", "--set", "hubble_enabled=true");
    assertTrue(
        diagram
            .out()
            .contains(
                "kube-system/k8s-app=hubble-ui\n  → kube-system/k8s-app=hubble-relay: 4245/TCP"),
        diagram.out());
  }
}
