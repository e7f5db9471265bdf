package dev.policydesigner.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OneSidedFlowLintTest {
  private static Workload app(String id) {
    return new Workload(
        id,
        id,
        KindHint.APP,
        "shop",
        List.of(new Label("app", id)),
        List.of(),
        null,
        Position.ORIGIN);
  }

  private static Diagram diagram(List<Flow> flows, List<Node> extra) {
    List<Node> nodes = new ArrayList<>(List.of(app("web"), app("db")));
    nodes.addAll(extra);
    PolicyFile file =
        new PolicyFile(
            "templates/config/kubernetes/apps/shop/app/policies.yaml.j2",
            Guard.of("network_policies_enabled | default(false)"),
            null,
            List.of(
                new PolicySubject("web", "web", null, null, null, null),
                new PolicySubject("db", "db", null, null, null, null)),
            null);
    return new Diagram("d", "", nodes, flows, List.of(file), Settings.DEFAULT);
  }

  private static Flow webToDb(FlowSides sides) {
    return Flow.of("web-db", "web", "db", List.of(PortRange.tcp(5432)), "SQL").withSides(sides);
  }

  @Test
  void reportsAFlowAllowedOnlyByTheSourcesEgress() {
    Diagram d = diagram(List.of(webToDb(FlowSides.EGRESS_ONLY)), List.of());
    List<Problem> findings = new OneSidedFlowLint().check(d);
    assertEquals(1, findings.size());
    assertEquals("one-sided-flow", findings.get(0).code());
    assertTrue(findings.get(0).message().contains("db's policy has no ingress rule"));
    Diagram fixed = findings.get(0).fix().orElseThrow().apply(d);
    assertEquals(List.of(), new OneSidedFlowLint().check(fixed));
  }

  @Test
  void staysQuietForFlowsAllowedOnBothSides() {
    assertEquals(
        List.of(),
        new OneSidedFlowLint().check(diagram(List.of(webToDb(FlowSides.BOTH)), List.of())));
  }

  @Test
  void staysQuietWhenAnotherRuleOfTheOtherSideAllowsTheTraffic() {
    EntityNode cluster =
        new EntityNode("cluster", "Cluster", List.of(Entity.CLUSTER), Position.ORIGIN);
    Flow fromCluster =
        Flow.of("cluster-db", "cluster", "db", List.of(PortRange.tcp(5432)), "any pod");
    Diagram d = diagram(List.of(webToDb(FlowSides.EGRESS_ONLY), fromCluster), List.of(cluster));
    assertEquals(List.of(), new OneSidedFlowLint().check(d));
  }
}
