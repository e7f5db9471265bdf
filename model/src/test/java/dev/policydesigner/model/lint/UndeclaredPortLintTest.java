package dev.policydesigner.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class UndeclaredPortLintTest {
  private final UndeclaredPortLint lint = new UndeclaredPortLint();
  private final Workload client =
      LintFixtures.workload("client", KindHint.APP, "shop", "app", "client");

  private Diagram flowToWeb(PortRange... ports) {
    return LintFixtures.diagram(
        List.of(client), List.of(Flow.of("f", "client", "web", List.of(ports), "to web")));
  }

  @Test
  void flagsAPortTheDestinationDoesNotDeclareAndTheFixDeclaresIt() {
    Diagram d = flowToWeb(PortRange.tcp(8081));
    List<Problem> findings = lint.check(d);
    assertEquals(1, findings.size());
    Problem f = findings.get(0);
    assertEquals("f", f.flowId());
    assertTrue(f.message().contains("declares only 8080/TCP"), f.message());
    assertEquals("Declare port 8081/TCP on Web", f.fix().orElseThrow().description());
    Diagram fixed = f.fix().orElseThrow().apply(d);
    assertEquals(
        List.of(WorkloadPort.tcp(8080), WorkloadPort.tcp(8081)),
        fixed.workload("web").orElseThrow().ports());
    assertTrue(lint.check(fixed).isEmpty());
  }

  @Test
  void flagsTheWrongProtocolButAcceptsAnyAndRangesThatHoldADeclaredPort() {
    assertEquals(1, lint.check(flowToWeb(PortRange.udp(8080))).size());
    assertTrue(lint.check(flowToWeb(new PortRange(8080, null, Protocol.ANY))).isEmpty());
    assertTrue(lint.check(flowToWeb(new PortRange(8000, 8090, Protocol.TCP))).isEmpty());
    assertEquals(1, lint.check(flowToWeb(new PortRange(9000, 9090, Protocol.TCP))).size());
  }

  @Test
  void staysQuietWhenTheDestinationDeclaresNoPortsOrOnServicePortsAndOnTheExamples() {
    Diagram noPorts =
        LintFixtures.diagram(
            List.of(client), List.of(Flow.of("f", "web", "client", List.of(PortRange.tcp(1)), "")));
    assertTrue(lint.check(noPorts).isEmpty());
    Diagram service =
        flowToWeb(PortRange.tcp(80))
            .mapNode(
                "web",
                n ->
                    ((Workload) n)
                        .withPorts(List.of(new WorkloadPort(8080, Protocol.TCP, "http", 80))));
    assertTrue(lint.check(service).isEmpty());
    assertTrue(lint.check(Examples.hubble()).isEmpty());
    assertTrue(lint.check(Examples.rustfs()).isEmpty());
  }
}
