package dev.policydesigner.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesNamesTest {
  private static final String LONG_63 = "a".repeat(63);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "app",
        "k8s-app",
        "app.kubernetes.io/name",
        "gateway.networking.k8s.io/gateway-name",
        "cnpg.io/cluster",
        "A_b.C-9",
        "x",
        "io.kubernetes.pod.namespace"
      })
  void acceptsValidLabelKeys(String key) {
    assertEquals(Optional.empty(), KubernetesNames.labelKey(key));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "app/", "/app", "-app", "app-", "a b", "Example.com/app", "a/b/c", "ä"})
  void rejectsInvalidLabelKeys(String key) {
    assertTrue(KubernetesNames.labelKey(key).isPresent(), key);
  }

  @Test
  void rejectsLabelKeyNamesLongerThan63Characters() {
    assertEquals(Optional.empty(), KubernetesNames.labelKey("example.com/" + LONG_63));
    assertTrue(KubernetesNames.labelKey("example.com/" + LONG_63 + "a").isPresent());
    assertTrue(KubernetesNames.labelKey("a".repeat(254) + "/app").isPresent());
  }

  @Test
  void explainsWhatIsWrongWithALabelKey() {
    assertEquals(
        Optional.of(
            "label key \"app/\" is invalid: the name part after \"/\" must be 1–63 characters of"
                + " letters, digits, '-', '_' or '.' starting and ending with a letter or digit"),
        KubernetesNames.labelKey("app/"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "internal", "hubble-ui", "v1.2_3", "A"})
  void acceptsValidLabelValues(String value) {
    assertEquals(Optional.empty(), KubernetesNames.labelValue(value));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-x", "x-", "a b", "a/b", "é", "true!"})
  void rejectsInvalidLabelValues(String value) {
    assertTrue(KubernetesNames.labelValue(value).isPresent(), value);
  }

  @Test
  void rejectsLabelValuesLongerThan63Characters() {
    assertEquals(Optional.empty(), KubernetesNames.labelValue(LONG_63));
    assertTrue(KubernetesNames.labelValue(LONG_63 + "a").isPresent());
  }

  @ParameterizedTest
  @CsvSource({
    "kube-system, true",
    "a, true",
    "storage2, true",
    "Kube_System, false",
    "kube.system, false",
    "-abc, false",
    "abc-, false",
    "'', false"
  })
  void checksNamespacesAsDnsLabels(String namespace, boolean valid) {
    assertEquals(valid, KubernetesNames.namespace(namespace).isEmpty(), namespace);
  }

  @Test
  void rejectsNamespacesLongerThan63Characters() {
    assertEquals(Optional.empty(), KubernetesNames.namespace(LONG_63));
    assertTrue(KubernetesNames.namespace(LONG_63 + "a").isPresent());
  }

  @ParameterizedTest
  @CsvSource({"1, true", "80, true", "65535, true", "0, false", "-1, false", "65536, false"})
  void checksPortNumbers(int port, boolean valid) {
    assertEquals(valid, KubernetesNames.port(port).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "80, , true",
    "80, 80, true",
    "80, 90, true",
    "1, 65535, true",
    "90, 80, false",
    "80, 65536, false",
    "0, 10, false"
  })
  void checksPortRanges(int port, Integer endPort, boolean valid) {
    assertEquals(valid, KubernetesNames.portRange(port, endPort).isEmpty());
  }

  @ParameterizedTest
  @CsvSource({
    "http, true",
    "dns-tcp, true",
    "s3, true",
    "HTTP, false",
    "80, false",
    "a--b, false",
    "very-long-port-name, false"
  })
  void checksPortNames(String name, boolean valid) {
    assertEquals(valid, KubernetesNames.portName(name).isEmpty(), name);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.0/8",
        "0.0.0.0/0",
        "192.168.1.1/32",
        "10.0.0.5/24",
        "fd00::/8",
        "::/0",
        "2001:db8::1/128",
        "::ffff:10.0.0.0/104",
        "2001:db8:0:0:0:0:0:0/32"
      })
  void acceptsCidrSyntax(String cidr) {
    assertEquals(Optional.empty(), KubernetesNames.cidr(cidr));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "10.0.0.0",
        "10.0.0.0/33",
        "10.0.0.0/-1",
        "10.0.0/8",
        "10.0.0.256/32",
        "010.0.0.0/8",
        "fd00::/129",
        "fd00:::1/64",
        "1::2::3/64",
        "gggg::/16",
        "1:2:3:4:5:6:7:8:9/64",
        "example.com/8",
        "10.0.0.0/08",
        ""
      })
  void rejectsInvalidCidrs(String cidr) {
    assertTrue(KubernetesNames.cidr(cidr).isPresent(), cidr);
  }

  @Test
  void explainsTheAllowedPrefixLength() {
    assertEquals(
        Optional.of(
            "CIDR \"10.0.0.0/33\" is invalid: the prefix length of an IPv4 range must be a number"
                + " from 0 to 32"),
        KubernetesNames.cidr("10.0.0.0/33"));
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.5/24, 10.0.0.0/24",
    "10.1.0.0/8, 10.0.0.0/8",
    "fd00::1/64, fd00::/64",
    "2001:db8::ff/120, 2001:db8::/120"
  })
  void warnsAboutHostBitsAndNamesTheRangeMeant(String cidr, String network) {
    String warning = KubernetesNames.cidrHostBits(cidr).orElseThrow();
    assertTrue(warning.contains("write " + network), warning);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/24", "0.0.0.0/0", "fd00::/8", "10.0.0.1/32", "bad"})
  void doesNotWarnWithoutHostBits(String cidr) {
    assertEquals(Optional.empty(), KubernetesNames.cidrHostBits(cidr));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api.github.com",
        "example.org.",
        "my_host.internal",
        "s3.#{ region }#.amazonaws.com",
        "#{ s3_host }#"
      })
  void acceptsFqdnNames(String name) {
    assertEquals(Optional.empty(), KubernetesNames.fqdnName(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "*.example.org", "a..b", ".example.org", "a b", "http://x", "#{ open"})
  void rejectsInvalidFqdnNames(String name) {
    assertTrue(KubernetesNames.fqdnName(name).isPresent(), name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"*.example.org", "*", "api-*.example.org", "*.#{ domain }#"})
  void acceptsFqdnPatterns(String pattern) {
    assertEquals(Optional.empty(), KubernetesNames.fqdnPattern(pattern));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "*..org", "?.example.org", "*.example.org/path"})
  void rejectsInvalidFqdnPatterns(String pattern) {
    assertTrue(KubernetesNames.fqdnPattern(pattern).isPresent(), pattern);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "loki_enabled | default(false)",
        "network_policies_mode | default('audit') == 'enforce'",
        "a and (b or c)",
        "x in ['a)', \"b(\"]",
        "x == '#'"
      })
  void acceptsSaneJinjaConditions(String condition) {
    assertEquals(Optional.empty(), KubernetesNames.jinjaCondition(condition));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a and (b or c",
        "a)",
        "x == 'open",
        "[a)",
        "#% if a %#",
        "a %# b",
        "#{ a }#",
        "a #| comment #|",
        " ",
        "d.get('k') == '#'"
      })
  void rejectsBrokenJinjaConditions(String condition) {
    assertTrue(KubernetesNames.jinjaCondition(condition).isPresent(), condition);
  }

  @ParameterizedTest
  @CsvSource({"network_policies_enabled, true", "_x1, true", "1x, false", "a-b, false"})
  void checksJinjaVariableNames(String name, boolean valid) {
    assertEquals(valid, KubernetesNames.jinjaVariable(name).isEmpty());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"api.example.org", "localhost", "a-b.c1"})
  void acceptsPlainHttpHosts(String host) {
    org.junit.jupiter.api.Assertions.assertTrue(KubernetesNames.httpHost(host).isEmpty());
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"api\\.example\\.org", ".*", "-a.org", "a_b.org"})
  void rejectsHttpHostsTheSchemaRejects(String host) {
    org.junit.jupiter.api.Assertions.assertTrue(
        KubernetesNames.httpHost(host).orElseThrow().contains("host name"));
  }

  @ParameterizedTest
  @CsvSource({"GET, true", "GET|HEAD, true", "'', false", "GET POST, false", "GE(T, false"})
  void checksHttpMethodsAsRegularExpressions(String method, boolean valid) {
    assertEquals(valid, KubernetesNames.httpMethod(method).isEmpty(), method);
  }

  @ParameterizedTest
  @CsvSource({
    "/, true",
    "/api/v1/.*, true",
    "'/a[0-9]+', true",
    "'/{id}}', true",
    "'/a{2,3}', true",
    "api/v1, false",
    "/a b, false",
    "'/(unclosed', false"
  })
  void checksHttpPathsStartAtTheRootAndAreRegularExpressions(String path, boolean valid) {
    assertEquals(valid, KubernetesNames.httpPath(path).isEmpty(), path);
  }

  @Test
  void saysWhereARegularExpressionBreaks() {
    assertTrue(
        KubernetesNames.httpPath("/(x").orElseThrow().contains("not a valid regular expression"));
  }
}
