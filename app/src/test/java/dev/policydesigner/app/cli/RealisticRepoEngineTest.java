package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.export.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the cluster will do with the realistic repo, asked of {@code simulate --repo} and {@code
 * check --repo} (values from its {@code cluster.yaml}): the clusterwide default-deny, its {@code
 * NotIn} exclusion of kube-system, a hand-written NetworkPolicy emitted in audit mode and {@code
 * toFQDNs} without a DNS rule are each found, at their template lines.
 */
class RealisticRepoEngineTest {
  private static final String APPS = "templates/config/kubernetes/apps/";
  private static final String DEFAULT_DENY =
      APPS + "kube-system/network-policies/app/default-deny.yaml.j2";
  private static final String GRAFANA = APPS + "monitoring/grafana/app/networkpolicy.yaml.j2";
  private static final String SPEGEL = APPS + "kube-system/spegel/app/networkpolicy.yaml.j2";

  private static JsonNode check;

  @BeforeAll
  static void checkTheRepo() throws Exception {
    CliRun run =
        CliRun.of("check", "--repo", TestData.realisticRepo().toString(), "--format", "json");
    assertEquals(1, run.exitCode(), run.err());
    check = new ObjectMapper().readTree(run.out());
  }

  @Test
  void theClusterwideDefaultDenyDropsEgressOutsideKubeSystemWhenEnforcing() {
    String enforce = simulate("pod:default:app=debug", "ip:1.1.1.1", "443", "enforce");
    assertTrue(enforce.startsWith("DENIED\n"), enforce);
    assertTrue(
        enforce.contains(
            "default-deny by CiliumClusterwideNetworkPolicy default-deny-egress at "
                + DEFAULT_DENY
                + ":9"),
        enforce);
    // in audit mode the template writes enableDefaultDeny.egress false
    String audit = simulate("pod:default:app=debug", "ip:1.1.1.1", "443", "audit");
    assertTrue(audit.startsWith("ALLOWED\n"), audit);

    // check --repo: flows one side allows that the clusterwide policy drops on the other
    List<JsonNode> blocked = findingsCiting("one-sided-flow", DEFAULT_DENY + ":9");
    assertTrue(
        blocked.stream()
            .anyMatch(p -> at(p).equals(APPS + "home/mosquitto/app/networkpolicy.yaml.j2:29")),
        "node-red to mosquitto: " + blocked);
  }

  @Test
  void kubeSystemIsLeftOutOfTheClusterwideDefaultDenyByNotIn() {
    String out = simulate("pod:kube-system:app=debug", "ip:1.1.1.1", "443", "enforce");
    assertTrue(out.startsWith("ALLOWED\n"), out);
    assertFalse(out.contains("default-deny-egress"), out);

    // check --repo blames the clusterwide policy only for pods outside kube-system
    List<JsonNode> blocked = findingsCiting("one-sided-flow", DEFAULT_DENY + ":9");
    assertTrue(blocked.size() >= 5, blocked.toString());
    Pattern side = Pattern.compile("does not: for pod (?:in )?([^/ ,]+)");
    for (JsonNode p : blocked) {
      Matcher m = side.matcher(p.get("message").asText());
      assertTrue(m.find(), p.toString());
      assertFalse(m.group(1).equals("kube-system"), p.toString());
    }
  }

  @Test
  void aHandWrittenNetworkPolicyDeniesInAuditMode() {
    String out =
        simulate(
            "pod:default:app=debug",
            "pod:observability:app.kubernetes.io/name=grafana",
            "3000",
            "audit");
    assertTrue(out.startsWith("DENIED\n"), out);
    assertTrue(
        out.contains("default-deny by NetworkPolicy observability/grafana at " + GRAFANA + ":114"),
        out);

    Set<String> found = places("netpol-defeats-audit");
    assertTrue(found.contains(GRAFANA + ":114"), found.toString());
    assertTrue(
        found.containsAll(
            Set.of(
                APPS + "default/echo-server/app/networkpolicy.yaml.j2:4",
                APPS + "home/default-deny.yaml.j2:7",
                APPS + "storage/rustfs/app/networkpolicy.yaml.j2:153")),
        found.toString());
  }

  @Test
  void toFqdnsWithoutADnsRuleAdmitsNothing() {
    String out =
        simulate("pod:kube-system:app.kubernetes.io/name=spegel", "fqdn:ghcr.io", "443", "enforce");
    assertTrue(out.startsWith("DENIED\n"), out);
    assertTrue(
        out.contains(
            "egress rule \"Upstream registries\" at "
                + SPEGEL
                + ":54 allows ghcr.io by toFQDNs, but no DNS rule"),
        out);

    Set<String> found = places("fqdn-without-dns");
    assertEquals(
        new TreeSet<>(
            Set.of(
                SPEGEL + ":54",
                APPS + "network/external-dns/app/networkpolicy.yaml.j2:42",
                APPS + "monitoring/gatus/app/networkpolicy.yaml.j2:39",
                APPS + "monitoring/gatus/app/networkpolicy.yaml.j2:46",
                APPS
                    + "actions-runner-system/actions-runner-controller/app/networkpolicy.yaml.j2:41",
                APPS
                    + "actions-runner-system/actions-runner-controller/app/networkpolicy.yaml.j2:81")),
        found);
  }

  private static String simulate(String from, String to, String port, String mode) {
    CliRun run =
        CliRun.of(
            "simulate",
            "--repo",
            TestData.realisticRepo().toString(),
            "--from",
            from,
            "--to",
            to,
            "--port",
            port,
            "--mode",
            mode);
    assertEquals(0, run.exitCode(), run.err());
    return run.out();
  }

  private static Set<String> places(String code) {
    Set<String> found = new TreeSet<>();
    for (JsonNode p : check) {
      if (p.get("code").asText().equals(code)) {
        found.add(at(p));
      }
    }
    return found;
  }

  private static List<JsonNode> findingsCiting(String code, String place) {
    List<JsonNode> result = new ArrayList<>();
    for (JsonNode p : check) {
      if (!p.get("code").asText().equals(code)) {
        continue;
      }
      for (JsonNode l : p.get("locations")) {
        if ((l.get("file").asText() + ":" + l.get("line").asInt()).equals(place)) {
          result.add(p);
          break;
        }
      }
    }
    return result;
  }

  private static String at(JsonNode p) {
    return p.get("file").asText() + ":" + p.get("line").asInt();
  }
}
