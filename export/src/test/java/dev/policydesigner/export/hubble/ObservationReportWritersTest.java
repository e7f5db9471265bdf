package dev.policydesigner.export.hubble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.observe.ObservationMatcher;
import dev.policydesigner.model.observe.ObservationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservationReportWritersTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private static ObservationReport rustfsReport() {
    return new ObservationMatcher()
        .match(Examples.rustfs(), HubbleFixtures.flows(HubbleFixtures.RUSTFS_TRAFFIC));
  }

  @Test
  void writesMatchedUnmatchedAndUnobservedArraysInJson() throws Exception {
    JsonNode root = mapper.readTree(ObservationReportJson.write(rustfsReport()));
    assertEquals(List.of("matched", "unmatched", "unobserved"), fieldNames(root));

    JsonNode loki = root.path("matched").get(0);
    assertEquals("loki-to-rustfs", loki.path("edge").path("flow").asText());
    assertEquals("loki", loki.path("edge").path("from").asText());
    assertEquals("rustfs", loki.path("edge").path("to").asText());
    assertEquals(1, loki.path("count").asInt());
    assertEquals(1, loki.path("verdicts").path("FORWARDED").asInt());

    JsonNode curl = root.path("unmatched").get(0);
    assertEquals("workload", curl.path("source").path("kind").asText());
    assertEquals("default", curl.path("source").path("namespace").asText());
    assertEquals("curl", curl.path("source").path("labels").path("app").asText());
    assertEquals("rustfs", curl.path("destination").path("node").asText());
    assertEquals(9000, curl.path("port").asInt());
    assertEquals("TCP", curl.path("protocol").asText());
    assertEquals(2, curl.path("count").asInt());
    assertEquals(2, curl.path("verdicts").path("DROPPED").asInt());
    assertEquals("storage/rustfs", curl.path("policies").get(0).asText());

    List<String> unobserved = new ArrayList<>();
    root.path("unobserved").forEach(e -> unobserved.add(e.path("flow").asText()));
    assertEquals(rustfsReport().unobservedFlowIds(), unobserved);
    assertTrue(unobserved.contains("prometheus-to-rustfs"));
  }

  @Test
  void writesTheSameJsonForTheSameReport() {
    assertEquals(
        ObservationReportJson.write(rustfsReport()), ObservationReportJson.write(rustfsReport()));
  }

  @Test
  void writesOneTextLinePerEntryWithNewEndsMarked() {
    String text = ObservationReportText.write(rustfsReport());
    List<String> lines = text.lines().toList();
    assertEquals("Matched edges: 2", lines.get(0));
    assertEquals("  loki-to-rustfs (loki → rustfs): 1 flow (1 FORWARDED)", lines.get(1));
    assertEquals("Unmatched traffic: 2", lines.get(3));
    assertEquals(
        "  default [app=curl] (new) → rustfs 9000/TCP: 2 flows (2 DROPPED), denied by storage/rustfs",
        lines.get(4));
    int unobserved = rustfsReport().unobserved().size();
    assertEquals("Unobserved edges: " + unobserved, lines.get(6));
    assertEquals(7 + unobserved, lines.size());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
