package dev.policydesigner.export.property;

import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random flows between random nodes: at least one end a workload, never from an FQDN, with ports,
 * ranges, conditions, L7 rules and awkward descriptions.
 */
final class RandomFlows {
  private static final List<String> PATHS =
      List.of("/api/.*", "/v1/items/[0-9]+", "/a#b", "/x%#y", "/q?x=\"1\"", "/{id}}", "/");

  private final Random random;
  private final RandomText text;
  private final RandomNodes nodes;
  private final int flags;

  RandomFlows(Random random, RandomText text, RandomNodes nodes, int flags) {
    this.random = random;
    this.text = text;
    this.nodes = nodes;
    this.flags = flags;
  }

  List<Flow> flows(List<Node> all) {
    List<Flow> result = new ArrayList<>();
    int count = 1 + random.nextInt(2 * all.size());
    for (int i = 0; i < count; i++) {
      Node from = all.get(random.nextInt(all.size()));
      Node to = all.get(random.nextInt(all.size()));
      if (from == to
          || from instanceof FqdnNode
          || !(from instanceof Workload || to instanceof Workload)) {
        continue;
      }
      result.add(flow("f" + i, from, to));
    }
    return result;
  }

  private Flow flow(String id, Node from, Node to) {
    boolean dns = to instanceof Workload w && PolicyDeriver.isDns(w) && random.nextBoolean();
    List<PortRange> ports = dns ? List.of(PortRange.udp(53), PortRange.tcp(53)) : ports(to);
    L7Rules l7 = dns ? dnsRules() : httpRules(to, ports);
    String condition = random.nextInt(4) == 0 ? text.condition(flags) : null;
    String description = text.typed("Flow " + id);
    String ingress = random.nextInt(5) == 0 ? text.typed("Ingress of " + id) : null;
    return new Flow(id, from.id(), to.id(), ports, l7, condition, description, ingress);
  }

  private List<PortRange> ports(Node to) {
    List<PortRange> ports = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      Protocol protocol = Protocol.values()[random.nextInt(Protocol.values().length)];
      int port = portTowards(to);
      Integer end = null;
      if (random.nextInt(5) == 0 && port <= 65000) {
        end = port + 5 + random.nextInt(500);
      }
      ports.add(new PortRange(port, end, protocol));
    }
    return ports;
  }

  /** Often a container or Service port of a destination workload, else any port. */
  private int portTowards(Node to) {
    if (to instanceof Workload w && !w.ports().isEmpty() && random.nextBoolean()) {
      WorkloadPort p = w.ports().get(random.nextInt(w.ports().size()));
      return p.servicePort() != null && random.nextBoolean() ? p.servicePort() : p.port();
    }
    return nodes.port();
  }

  /** HTTP rules on flows to workloads over single TCP ports. */
  private L7Rules httpRules(Node to, List<PortRange> ports) {
    boolean fits =
        to instanceof Workload
            && !ports.isEmpty()
            && ports.stream().allMatch(p -> p.protocol() == Protocol.TCP && p.endPort() == null);
    if (!fits || random.nextInt(3) != 0) {
      return L7Rules.NONE;
    }
    List<HttpRule> rules = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      String method = List.of("GET", "POST", "GET|HEAD", "").get(random.nextInt(4));
      String path = random.nextInt(4) == 0 ? null : PATHS.get(random.nextInt(PATHS.size()));
      String host = random.nextInt(3) == 0 ? "api.example.com" : null;
      rules.add(new HttpRule(method, path, host));
    }
    return new L7Rules(rules, List.of());
  }

  private L7Rules dnsRules() {
    List<FqdnSelector> names = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      names.add(nodes.fqdnSelector());
    }
    return new L7Rules(List.of(), names);
  }
}
