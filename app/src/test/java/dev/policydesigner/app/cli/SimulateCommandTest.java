package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SimulateCommandTest {
  private static CliRun simulate(String from, String to, String port, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "simulate",
                "example:hubble",
                "--from",
                from,
                "--to",
                to,
                "--port",
                port,
                "--set",
                "hubble_enabled=true"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private static String firstLine(CliRun run) {
    return run.out().lines().findFirst().orElse("");
  }

  @ParameterizedTest(name = "{0} → {1} on {2}: {3}")
  @CsvSource({
    "gateway,     hubble-ui,    8081, ALLOWED",
    "pod:default, hubble-ui,    8081, DENIED",
    "hubble-ui,   hubble-relay, 4245, ALLOWED",
    "gateway,     hubble-relay, 4245, DENIED",
    "hubble-ui,   kube-dns,     53/udp, ALLOWED",
  })
  void answersAloneOnTheFirstLineThenExplainsAndExitsZero(
      String from, String to, String port, String answer) {
    CliRun run = simulate(from, to, port);
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(answer, firstLine(run), run.out());
    assertTrue(run.out().lines().count() > 1, "an explanation follows: " + run.out());
  }

  @Test
  void theGatewayRuleIsNamedAsTheReason() {
    CliRun run = simulate("gateway", "hubble-ui", "8081");
    assertTrue(
        run.out()
            .lines()
            .anyMatch(
                l ->
                    l.contains("allowed by CiliumNetworkPolicy kube-system/hubble-ui ingress rule")
                        && l.matches(".* at templates/\\S+/hubble-ui\\.yaml\\.j2:[0-9]+")),
        run.out());
  }

  @Test
  void theRelayReachesTheAgentsOnItsOwnNodeOnlyBecauseItsEgressSaysHostWithoutRemoteNode() {
    CliRun run = simulate("hubble-relay", "cilium-agents", "4244");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("DENIED", firstLine(run), run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(l -> l.startsWith("ALLOWED ") && l.endsWith("(host) on 4244/TCP")),
        run.out());
    assertTrue(
        run.out()
            .lines()
            .anyMatch(l -> l.startsWith("DENIED ") && l.endsWith("(remote-node) on 4244/TCP")),
        run.out());
  }

  @Test
  void auditModeDeniesNothing() {
    CliRun run = simulate("pod:default", "hubble-ui", "8081", "--mode", "audit");
    assertEquals("ALLOWED", firstLine(run), run.out());
  }

  @Test
  void podLabelsEntitiesAndAddressesAreAccepted() {
    assertEquals("DENIED", firstLine(simulate("pod:default:app=x,tier=web", "hubble-ui", "8081")));
    assertEquals(0, simulate("entity:world", "hubble-ui", "8081").exitCode());
    assertEquals(0, simulate("ip:203.0.113.10", "hubble-ui", "8081").exitCode());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "unknown node; nope; hubble-ui; 8081; gateway, hubble-ui, hubble-relay",
        "port zero; gateway; hubble-ui; 0; from 1 to 65535",
        "port too big; gateway; hubble-ui; 70000; from 1 to 65535",
        "port not a number; gateway; hubble-ui; http; give a port",
        "bad protocol; gateway; hubble-ui; 8081/xyz; 'xyz'",
        "bad namespace; pod:Bad_NS; hubble-ui; 8081; Bad_NS",
        "bad label; pod:default:app; hubble-ui; 8081; key=value",
        "unknown entity; entity:moon; hubble-ui; 8081; remote-node",
        "bad address; ip:999.1.1.1; hubble-ui; 8081; not an IP address",
      })
  void badInputExitsTwoWithAMessage(
      String what, String from, String to, String port, String mentioned) {
    CliRun run = simulate(from, to, port);
    assertEquals(2, run.exitCode(), what + ": " + run.out() + run.err());
    assertTrue(run.err().contains(mentioned), what + ": " + run.err());
    assertEquals("", run.out());
  }

  @Test
  void aBadModeOrSetIsAUsageError() {
    assertEquals(2, simulate("gateway", "hubble-ui", "8081", "--mode", "observe").exitCode());
    assertEquals(2, simulate("gateway", "hubble-ui", "8081", "--set", "noequals").exitCode());
    assertEquals(
        2,
        CliRun.of("simulate", "example:hubble", "--from", "gateway", "--to", "hubble-ui")
            .exitCode());
  }
}
