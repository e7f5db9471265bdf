package dev.policydesigner.export.template.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.export.plan.ExportPlan;
import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.plan.FileChange;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.MakejinjaOracle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PortRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported file whose policies the user edited keeps the imported form of every rule the edit
 * did not touch: a reviewer's diff shows only the real change.
 */
class EditedImportFormsTest {
  private static final Map<String, Object> SIDECAR =
      Map.of("matchLabels", Map.of("role", "sidecar"));

  @TempDir Path repo;
  @TempDir Path out;

  @Test
  void aFlowEditedOutOfAMultiPeerRuleChangesOnlyThatRule() throws Exception {
    CorpusImportTest.copyCorpus(repo);
    Diagram d = new RepoImporter().importRepo(repo, null).diagram();
    String flowId = RepoImporterTest.flow(d, "all-web", "frontend").id();
    Diagram edited = d.mapFlow(flowId, f -> f.withPorts(List.of(PortRange.tcp(8080))));

    ExportPlan plan =
        new Exporter().plan(edited, RepoCheckout.open(repo), new TemplateWriter()::write, false);
    List<FileChange> written = plan.files().stream().filter(FileChange::writes).toList();
    assertEquals(
        List.of(CorpusImportTest.FRONTEND), written.stream().map(FileChange::path).toList());

    Path original = repo.resolve(CorpusImportTest.FRONTEND);
    Path regenerated = out.resolve("frontend.yaml.j2");
    Files.writeString(regenerated, written.get(0).after());
    MakejinjaOracle oracle = new MakejinjaOracle();
    String text = Files.readString(original) + Files.readString(regenerated);
    for (Map<String, Object> values :
        RenderEquivalence.valueSets(
            text, RenderEquivalence.clusterValues(repo.resolve("cluster.yaml")))) {
      Object expected = splitSidecarRule(oracle.render(original, values).documents());
      Object actual = RenderEquivalence.canonical(oracle.render(regenerated, values).documents());
      assertEquals(expected, actual, values + "\n" + written.get(0).after());
    }
  }

  /** The original documents with the sidecar rule split: only the edited peer gets the port. */
  @SuppressWarnings("unchecked")
  private static Object splitSidecarRule(List<Object> documents) {
    List<Object> result = new ArrayList<>();
    for (Object doc : documents) {
      Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) doc);
      Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) copy.get("spec"));
      List<Object> ingress = new ArrayList<>();
      for (Object rule : (List<Object>) spec.get("ingress")) {
        if (rule.equals(Map.of("fromEndpoints", List.of(SIDECAR, Map.of())))) {
          ingress.add(Map.of("fromEndpoints", List.of(SIDECAR)));
          ingress.add(
              Map.of(
                  "fromEndpoints",
                  List.of(Map.of()),
                  "toPorts",
                  List.of(Map.of("ports", List.of(Map.of("port", "8080", "protocol", "TCP"))))));
        } else {
          ingress.add(rule);
        }
      }
      spec.put("ingress", ingress);
      copy.put("spec", spec);
      result.add(copy);
    }
    return RenderEquivalence.canonical(result);
  }
}
