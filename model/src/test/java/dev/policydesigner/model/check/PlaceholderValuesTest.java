package dev.policydesigner.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceholderValuesTest {
  private static final String NS = "#{ monitoring_namespace | default('monitoring') }#";

  private static Workload workload(String namespace, String labelValue) {
    return new Workload(
        "w",
        "W",
        KindHint.APP,
        namespace,
        List.of(new Label("app", labelValue)),
        List.of(),
        null,
        Position.ORIGIN);
  }

  private static List<Problem> validate(Node node, Map<String, ?> values) {
    Diagram d = new Diagram("d", "", List.of(node), List.of(), List.of(), Settings.DEFAULT);
    return DiagramValidator.validate(d, values);
  }

  @Test
  void placeholdersInNamespacesLabelsCidrsAndNamesAreValuesCheckedOnTheirDefault() {
    assertEquals(
        List.of(), validate(workload(NS, "#{ gw | default('envoy-external') }#"), Map.of()));
    CidrNode lan =
        new CidrNode(
            "c",
            "lan",
            "#{ node_cidr }#",
            List.of("#{ printers | default('10.0.9.0/24') }#"),
            Position.ORIGIN);
    assertEquals(List.of(), validate(lan, Map.of("node_cidr", "10.0.0.0/16")));
    FqdnNode domain =
        new FqdnNode(
            "f",
            "domain",
            List.of(new FqdnSelector(true, "*.#{ cloudflare_domain }#")),
            Position.ORIGIN);
    assertEquals(List.of(), validate(domain, Map.of("cloudflare_domain", "example.net")));
  }

  @Test
  void aPlaceholderRenderingToAnInvalidValueIsReportedWithWhatItRendersTo() {
    List<Problem> defaults = validate(workload("#{ ns | default('Not_OK') }#", "x"), Map.of());
    assertEquals(1, defaults.size(), defaults.toString());
    assertTrue(defaults.get(0).message().contains("renders to \"Not_OK\" (its default)"));
    List<Problem> known = validate(workload(NS, "x"), Map.of("monitoring_namespace", "Obs"));
    assertEquals(1, known.size(), known.toString());
    assertTrue(known.get(0).message().contains("(its cluster.yaml value)"), known.toString());
  }

  @Test
  void aValueWhosePlaceholderHasNoValueAndNoDefaultIsAccepted() {
    assertEquals(List.of(), validate(workload("#{ nowhere }#", "x"), Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"#{ token() }#; 9", "#{ a.b }#; 5", "#{ ns | replace('a', 'b') }#; 9"})
  void anythingElseInsideAPlaceholderIsRefusedWithItsColumn(String namespace, int column) {
    Optional<String> m = PlaceholderValues.namespace(namespace);
    assertTrue(m.isPresent());
    assertTrue(m.get().contains("is not a value: column " + column), m.get());
  }

  @Test
  void resolvingADiagramReplacesPlaceholdersWithTheirValuesForTheEngineAndSimulator() {
    Diagram d =
        new Diagram("d", "", List.of(workload(NS, "x")), List.of(), List.of(), Settings.DEFAULT);
    Workload resolved =
        (Workload)
            new PlaceholderValues(Map.of("monitoring_namespace", "observability"))
                .resolve(d)
                .nodes()
                .get(0);
    assertEquals("observability", resolved.namespace());
    Workload byDefault = (Workload) PlaceholderValues.DEFAULTS.resolve(d).nodes().get(0);
    assertEquals("monitoring", byDefault.namespace());
  }
}
