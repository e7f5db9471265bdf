package dev.policydesigner.export.diagram.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.DiagramValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagramFileReaderTest {
  private static final String FILE = "shop.flows.yaml";

  /** A valid file; the cases below change one piece of it. Line numbers are in the comments. */
  private static final String BASE =
      """
      version: 1
      name: shop
      nodes:
        - id: web
          type: workload
          name: Web
          namespace: shop
          labels:
            app: web
          ports:
            - port: 8080
        - id: db
          type: workload
          name: DB
          namespace: shop
      flows:
        - id: web-to-db
          from: web
          to: db
          ports:
            - port: 5432
      """;

  @Test
  void readsAHandWrittenFile() throws Exception {
    Diagram read = DiagramFileReader.read(resource(FILE), FILE);
    assertEquals(expectedShop(), read);
  }

  @Test
  void theHandWrittenFileIsAValidDiagram() throws Exception {
    assertEquals(
        List.of(), DiagramValidator.validate(DiagramFileReader.read(resource(FILE), FILE)));
  }

  @Test
  void reportsAPolicyForANodeThatIsNotAWorkloadAtItsWorkloadValue() {
    String text =
        BASE.replace(
                "    type: workload\n    name: DB\n    namespace: shop",
                "    type: entities\n    name: DB")
            + "files:\n  - path: a.yaml.j2\n    policies:\n      - workload: db\n        name: db\n";
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFileReader.read(text, FILE));
    assertEquals(
        List.of(
            FILE
                + ":24:19: policy of file \"a.yaml.j2\" selects \"db\", which is not a workload;"
                + " only workloads can have a policy"),
        e.details());
  }

  @Test
  void readsTheUnchangedBaseOfTheBadInputCases() throws DiagramFileException {
    assertEquals(2, DiagramFileReader.read(BASE, FILE).nodes().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          syntax error | '    name: Web' | '    name: Web: x' \
          | 6:14: YAML syntax error: mapping values are not allowed here
          bad label key | '      app: web' | '      app/: web' \
          | 9:7: label key "app/" is invalid: the name part after "/" must be 1–63 characters \
          of letters, digits, '-', '_' or '.' starting and ending with a letter or digit
          bad label value | '      app: web' | '      app: -web' \
          | 9:12: label value "-web" is invalid: it must be empty or at most 63 characters of \
          letters, digits, '-', '_' or '.' starting and ending with a letter or digit
          namespace | '    namespace: shop\n    labels' | '    namespace: Kube_System\n    labels' \
          | 7:16: namespace "Kube_System" is invalid: it must be 1–63 characters of lower-case \
          letters, digits or '-', starting and ending with a letter or digit
          port too high | 'port: 8080' | 'port: 70000' \
          | 11:15: port 70000 is out of range: ports are 1–65535
          port zero | 'port: 5432' | 'port: 0' \
          | 21:15: port 0 is out of range: ports are 1–65535
          bad CIDR | '    type: workload\n    name: DB\n    namespace: shop' \
          | '    type: cidr\n    name: DB\n    cidr: 10.0.0.0/33' \
          | 15:11: CIDR "10.0.0.0/33" is invalid: the prefix length of an IPv4 range must be a \
          number from 0 to 32
          flow to unknown node | '    to: db' | '    to: dbx' \
          | 19:9: flow "web-to-db": "to" names node "dbx", which is not in "nodes"; use the id \
          of a node
          unknown key | '    to: db' | '    to: db\n    colour: red' \
          | 20:5: unknown key "colour" in flow "web-to-db"; allowed keys: id, from, to, ports, \
          l7, condition, description, ingressDescription, sides
          missing version | 'version: 1\n' | '' \
          | 1:1: missing "version: 1"; add it as the first line
          newer version | 'version: 1' | 'version: 2' \
          | 1:10: this file was written by a newer Cilium Policy Designer (file version 2, this \
          one reads version 1); update Cilium Policy Designer to open it
          wrong type | '    ports:\n      - port: 5432' | '    ports: 80' \
          | 20:12: "ports" in flow "web-to-db" must be a list, found the number 80
          unknown node type | '    type: workload\n    name: DB' | '    type: pod\n    name: DB' \
          | 13:11: node "db" has type "pod"; allowed types: workload, entities, cidr, fqdn
          duplicate id | '  - id: web-to-db' | '  - id: web' \
          | 17:9: flow id "web" is already used by a node; ids of nodes and flows must be unique
          unknown protocol | '- port: 8080' | '- port: 8080\n        protocol: ICMP' \
          | 12:19: "protocol" is "ICMP"; allowed: TCP, UDP, SCTP, ANY
          """)
  void reportsBadInputAtItsLineAndColumn(String what, String find, String replace, String where) {
    String text = BASE.replace(unescape(find), unescape(replace));
    assertEquals(false, text.equals(BASE), "the case must change the base text");
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFileReader.read(text, FILE));
    assertEquals(List.of(FILE + ":" + where), e.details());
    int line = Integer.parseInt(where.substring(0, where.indexOf(':')));
    assertEquals(line, e.problems().get(0).line());
    assertEquals(FILE, e.problems().get(0).file());
  }

  @Test
  void collectsEveryProblemInFileOrder() {
    String text =
        BASE.replace("namespace: shop\n    labels", "namespace: Shop\n    labels")
            .replace("port: 8080", "port: 0")
            .replace("from: web", "from: ghost");
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFileReader.read(text, FILE));
    assertEquals(3, e.details().size(), e.getMessage());
    assertEquals(List.of(7, 11, 18), e.problems().stream().map(p -> p.line()).toList());
    assertEquals(String.join("\n", e.details()), e.getMessage());
  }

  @Test
  void reportsAnUnknownDirectionOfAnImportedRuleFormAtItsValue() {
    String text =
        BASE
            + """
            files:
              - path: a.yaml.j2
                policies:
                  - workload: web
                    name: web
                imported:
                  sha256: %s
                  ruleForms:
                    - policy: web
                      direction: sideways
                      peers:
                        - flow: web-to-db
                          plainCidr: true
            """
                .formatted("0".repeat(64));
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFileReader.read(text, FILE));
    assertEquals(
        List.of(FILE + ":31:22: \"direction\" is \"sideways\"; allowed: ingress, egress"),
        e.details());
  }

  @Test
  void reportsAnEmptyFile() {
    DiagramFileException e =
        assertThrows(DiagramFileException.class, () -> DiagramFileReader.read("", FILE));
    assertEquals(
        List.of(FILE + ":1:1: the file is empty; a diagram file starts with \"version: 1\""),
        e.details());
  }

  private static String unescape(String text) {
    return text.replace("\\n", "\n");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = DiagramFileReaderTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Diagram expectedShop() {
    Workload web =
        new Workload(
            "web",
            "Storefront",
            KindHint.UI,
            "shop",
            List.of(new Label("app.kubernetes.io/name", "storefront"), new Label("tier", "")),
            List.of(new WorkloadPort(8080, Protocol.TCP, "http", 80)),
            "shop_enabled | default(false)",
            new Position(10, 20.5));
    Workload db =
        new Workload(
            "db",
            "Database",
            KindHint.DATABASE,
            "shop",
            List.of(),
            List.of(),
            null,
            new Position(300, 20));
    EntityNode agents =
        new EntityNode(
            "agents", "Cilium agents", List.of(Entity.HOST, Entity.REMOTE_NODE), Position.ORIGIN);
    CidrNode office =
        new CidrNode(
            "office",
            "Office network",
            "192.168.0.0/16",
            List.of("192.168.99.0/24"),
            new Position(-40, 0));
    FqdnNode payments =
        new FqdnNode(
            "payments",
            "Payment provider",
            List.of(
                FqdnSelector.name("api.payments.example"),
                FqdnSelector.pattern("*.cdn.#{ cdn_domain }#")),
            new Position(600, 0));
    List<Flow> flows =
        List.of(
            Flow.of("web-db", "web", "db", List.of(PortRange.tcp(5432)), "Orders"),
            new Flow(
                "office-web",
                "office",
                "web",
                List.of(
                    new PortRange(30000, 30100, Protocol.UDP),
                    new PortRange(8080, null, Protocol.ANY)),
                new L7Rules(List.of(new HttpRule("GET", "/admin/.*", null)), List.of()),
                "office_access | default(false)",
                "Staff access",
                "From the office"),
            new Flow(
                "web-payments",
                "web",
                "payments",
                List.of(),
                new L7Rules(List.of(), List.of(FqdnSelector.pattern("*.payments.example"))),
                null,
                "Payments (all ports)",
                null),
            Flow.of("agents-web", "agents", "web", List.of(PortRange.tcp(8080)), ""));
    PolicyFile file =
        new PolicyFile(
            "templates/config/kubernetes/apps/shop/storefront/app/networkpolicy.yaml.j2",
            Guard.of("netpol_enabled | default(false)", "shop_enabled | default(false)"),
            DefaultDenyStyle.NONE,
            List.of(
                new PolicySubject(
                    "web",
                    "storefront",
                    "Storefront",
                    "Serves the shop",
                    "",
                    NetworkPolicyFallback.PRECISE,
                    true),
                new PolicySubject("db", "shop-db", null, null, null, null)),
            "templates/config/kubernetes/apps/shop/kustomization.yaml.j2");
    return new Diagram(
        "shop",
        "Web shop: storefront, database, payment provider",
        List.of(web, db, agents, office, payments),
        flows,
        List.of(file),
        new Settings("netpol_enabled", "netpol_mode", DefaultDenyStyle.INLINE, null));
  }
}
