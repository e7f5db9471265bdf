package dev.policydesigner.export.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.SelectorForm;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer puts imported rules back in the form they were read in, while that form fits. */
class ImportedFormsWriterTest {
  private static final String ALL = "all-to-api-1";
  private static final String SIDECAR = "sidecar-to-api-0";
  private static final String SINK = "api-to-sink-2";

  private static final String SHARED_RULE =
      """
          #| Sidecars #|
          - fromEndpoints:
              - {}
              - matchExpressions:
                  - key: role
                    operator: In
                    values:
                      - sidecar
            toPorts:
              - ports:
                  - port: "8080"
                    protocol: TCP
      """;

  private static Diagram imported() {
    ImportedFile record =
        new ImportedFile("original", "", List.of())
            .withForms(
                List.of(
                    new RuleForm(
                        "api",
                        VerbatimSection.INGRESS,
                        List.of(
                            new PeerForm(ALL, true, List.of(), false, false),
                            new PeerForm(SIDECAR, true, List.of("role"), false, false))),
                    new RuleForm(
                        "api",
                        VerbatimSection.EGRESS,
                        List.of(new PeerForm(SINK, false, List.of(), true, false)))),
                List.of(new SelectorForm("api", List.of("app"))));
    return new TestDiagram()
        .workload("api", "web", "app", "api")
        .workload("sidecar", "web", "role", "sidecar")
        .workload("all", "web")
        .cidr("sink", "192.0.2.10/32")
        .flow("sidecar", "api", "Sidecars", PortRange.tcp(8080))
        .flow("all", "api", "Sidecars", PortRange.tcp(8080))
        .flow("api", "sink", "Metrics", PortRange.tcp(4317))
        .subject("api")
        .imported(record)
        .build();
  }

  private static String write(Diagram d) {
    return new TemplateWriter().write(new PolicyDeriver().derive(d).get(0));
  }

  @Test
  void flowsOfOneImportedRuleAreOneRuleAgainWithTheirPeersInTheOriginalOrder() {
    String text = write(imported());
    assertTrue(text.contains("  ingress:\n" + SHARED_RULE + "  egress:\n"), text);
  }

  @Test
  void plainCidrsAndInExpressionsOfTheEndpointSelectorAreKept() {
    String text = write(imported());
    assertTrue(
        text.contains(
            """
              endpointSelector:
                matchExpressions:
                  - key: app
                    operator: In
                    values:
                      - api
            """),
        text);
    assertTrue(text.contains("    - toCIDR:\n        - 192.0.2.10/32\n      toPorts:\n"), text);
  }

  @Test
  void aFlowEditedToOtherPortsLeavesItsGroupAndTheOthersKeepTheirForm() {
    Diagram d = imported().mapFlow(ALL, f -> f.withPorts(List.of(PortRange.tcp(9090))));
    String text = write(d);
    String sidecar = SHARED_RULE.replace("        - {}\n", "");
    assertTrue(text.contains(sidecar), text);
    assertTrue(text.contains("    - fromEndpoints:\n        - {}\n      toPorts:\n"), text);
  }

  @Test
  void aFormThatNoLongerFitsGivesWayToTheWritersOwnForm() {
    Diagram d =
        imported()
            .mapNode("all", n -> ((Workload) n).withNamespace("batch"))
            .mapNode("sink", n -> ((CidrNode) n).withCidr("192.0.2.0/24", List.of("192.0.2.7/32")));
    String text = write(d);
    assertTrue(
        text.contains("        - matchLabels:\n            io.kubernetes.pod.namespace: batch\n"),
        text);
    assertTrue(text.contains("    - toCIDRSet:\n        - cidr: 192.0.2.0/24\n"), text);
    assertFalse(text.contains("toCIDR:"), text);
  }

  @Test
  void bothFlowsOfASharedRuleGetItsLines() {
    DerivedFile file = new PolicyDeriver().derive(imported()).get(0);
    WrittenTemplate written = new TemplateWriter().writeIndexed(file);
    List<RuleSpan> ingress =
        written.spans().stream().filter(s -> s.direction() == Direction.INGRESS).toList();
    assertEquals(List.of(ALL, SIDECAR), ingress.stream().map(RuleSpan::flowId).toList());
    assertEquals(ingress.get(0).firstLine(), ingress.get(1).firstLine());
    assertEquals(SHARED_RULE, ingress.get(0).excerpt(written.text()));
  }

  @Test
  void aFileTheDesignerCreatedWritesOneRulePerFlow() {
    Diagram d = imported();
    d = d.withFiles(List.of(d.files().get(0).withImported(null)));
    String text = write(d);
    assertFalse(text.contains("matchExpressions"), text);
    assertTrue(text.contains("    - toCIDRSet:\n"), text);
    assertEquals(2, text.split("- fromEndpoints:", -1).length - 1, text);
  }
}
