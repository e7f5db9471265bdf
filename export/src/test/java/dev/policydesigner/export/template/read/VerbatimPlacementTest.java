package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A regenerated imported file has its verbatim parts where they were. */
class VerbatimPlacementTest {
  @TempDir static Path repo;
  @TempDir Path out;
  static Diagram diagram;

  @BeforeAll
  static void importCorpus() throws Exception {
    CorpusImportTest.copyCorpus(repo);
    diagram = new RepoImporter().importRepo(repo, null).diagram();
  }

  private static String regenerate(Diagram d, String path) {
    PolicyFile file = d.file(path).orElseThrow();
    return new TemplateWriter().write(new PolicyDeriver().deriveFile(d, file));
  }

  @Test
  void keptRulesFollowTheRuleOfTheirAnchorFlowAndLabelsFollowTheNamespace() {
    String text = regenerate(diagram, CorpusImportTest.FRONTEND);
    assertTrue(text.contains("  namespace: web\n  labels:\n    team: web\nspec:\n"), text);
    int sidecars = text.indexOf("#| Sidecars of the same namespace #|");
    int ping = text.indexOf("#| Ping from the nodes #|");
    int debug = text.indexOf("#% if not enforce %#\n    #| Debug access while auditing #|");
    assertTrue(sidecars > 0 && sidecars < ping && ping < debug, text);
    int metrics = text.indexOf("#| Metrics sink #|");
    int untrusted = text.indexOf("#| Any pod but the untrusted ones #|");
    int mail = text.indexOf("#| The mail Service #|");
    assertTrue(metrics > 0 && metrics < untrusted && untrusted < mail, text);
  }

  @Test
  void documentsKeptAsWrittenAreWrittenBackWhole() throws Exception {
    String path = CorpusImportTest.APPS + "ops/cluster/app/clusterwide.yaml.j2";
    String text = regenerate(diagram, path);
    String original = Files.readString(repo.resolve(path));
    String document = diagram.file(path).orElseThrow().imported().verbatim().get(0).text();
    assertTrue(original.contains(document));
    assertTrue(text.contains(document), text);
  }

  @Test
  void aKeptEmptyIngressGivesWayToAnIngressFlowAddedLater() throws Exception {
    String worker = "worker";
    List<Flow> flows = new ArrayList<>(diagram.flows());
    flows.add(Flow.of("probe", "frontend", worker, List.of(PortRange.tcp(8080)), "Probe"));
    Diagram edited = diagram.withFlows(flows);
    String text = regenerate(edited, CorpusImportTest.WORKER);
    assertFalse(text.contains("ingress: []"), text);
    assertTrue(text.contains("  egressDeny:\n"), text);
    assertTrue(text.contains("  ingress:\n    #| Probe #|\n"), text);
    Path file = out.resolve("worker.yaml.j2");
    Files.writeString(file, text);
    Map<String, Object> values =
        Map.of("network_policies_enabled", true, "network_policies_mode", "enforce");
    MakejinjaOracle.Render render = new MakejinjaOracle().render(file, values);
    assertEquals(1, render.documents().size());
  }
}
