package dev.policydesigner.export.property;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.KubernetesNames;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random nodes: workloads with labels and ports, entity, CIDR and FQDN nodes. */
final class RandomNodes {
  private static final List<Entity> ENTITIES =
      List.of(Entity.HOST, Entity.REMOTE_NODE, Entity.WORLD, Entity.CLUSTER, Entity.KUBE_APISERVER);
  private static final List<String> NAMESPACES =
      List.of("apps", "storage", "monitoring", "default", "kube-system", "a1", "x-y-z", "web");
  private static final List<String> FQDN_NAMES =
      List.of("api.example.com", "example.org.", "s3.eu-west-1.amazonaws.com", "x_y.test");
  private static final List<String> FQDN_PATTERNS =
      List.of("*.example.com", "*", "api-*.example.org", "*.s3.*.amazonaws.com");

  private final Random random;
  private final RandomText text;
  private final int flags;

  RandomNodes(Random random, RandomText text, int flags) {
    this.random = random;
    this.text = text;
    this.flags = flags;
  }

  /** 2–8 distinct valid namespaces, some of them YAML look-alikes. */
  List<String> namespaces() {
    int count = 2 + random.nextInt(7);
    Set<String> result = new LinkedHashSet<>();
    while (result.size() < count) {
      String ns =
          random.nextInt(5) == 0
              ? text.lookalike()
              : NAMESPACES.get(random.nextInt(NAMESPACES.size()));
      if (KubernetesNames.namespace(ns).isEmpty()) {
        result.add(ns);
      }
    }
    return List.copyOf(result);
  }

  /** The cluster DNS, as flows to it with DNS rules need. */
  Workload kubeDns(String id) {
    List<WorkloadPort> ports =
        List.of(
            new WorkloadPort(53, Protocol.UDP, "dns", null),
            new WorkloadPort(53, Protocol.TCP, "dns-tcp", null));
    return new Workload(
        id,
        "CoreDNS",
        KindHint.DNS,
        PolicyDeriver.KUBE_DNS_NAMESPACE,
        PolicyDeriver.KUBE_DNS_LABELS,
        ports,
        null,
        position());
  }

  Workload workload(String id, List<String> namespaces) {
    String ns = namespaces.get(random.nextInt(namespaces.size()));
    List<Label> labels = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      String key = text.labelKey();
      if (keys.add(key)) {
        labels.add(new Label(key, text.labelValue(id)));
      }
    }
    String condition = random.nextInt(5) == 0 ? text.condition(flags) : null;
    String name = random.nextBoolean() ? id : text.typed("Workload " + id);
    KindHint kind = KindHint.values()[random.nextInt(KindHint.values().length)];
    return new Workload(id, name, kind, ns, labels, ports(), condition, position());
  }

  private List<WorkloadPort> ports() {
    List<WorkloadPort> ports = new ArrayList<>();
    Set<Integer> numbers = new HashSet<>();
    Set<Integer> servicePorts = new HashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      int port = port();
      if (!numbers.add(port)) {
        continue;
      }
      Protocol protocol = List.of(Protocol.TCP, Protocol.UDP, Protocol.SCTP).get(random.nextInt(3));
      String name = random.nextBoolean() ? "p" + i + "-" + protocol.name().toLowerCase() : null;
      Integer service = random.nextBoolean() ? port() : null;
      if (service != null && !servicePorts.add(service)) {
        service = null;
      }
      ports.add(new WorkloadPort(port, protocol, name, service));
    }
    return ports;
  }

  /** A port: mostly well-known ones, sometimes any. */
  int port() {
    List<Integer> common = List.of(53, 80, 443, 4244, 8080, 9000, 9090, 65535, 1);
    return random.nextInt(3) == 0
        ? 1 + random.nextInt(65535)
        : common.get(random.nextInt(common.size()));
  }

  EntityNode entities(String id) {
    Set<Entity> chosen = new LinkedHashSet<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      chosen.add(ENTITIES.get(random.nextInt(ENTITIES.size())));
    }
    return new EntityNode(id, text.typed("Entities " + id), List.copyOf(chosen), position());
  }

  CidrNode cidr(String id) {
    RandomCidr cidr = RandomCidr.random(random);
    return new CidrNode(id, text.typed("CIDR " + id), cidr.text(), cidr.excepts(), position());
  }

  FqdnNode fqdn(String id) {
    List<FqdnSelector> selectors = new ArrayList<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      selectors.add(fqdnSelector());
    }
    return new FqdnNode(id, text.typed("FQDN " + id), selectors, position());
  }

  FqdnSelector fqdnSelector() {
    return random.nextBoolean()
        ? FqdnSelector.name(FQDN_NAMES.get(random.nextInt(FQDN_NAMES.size())))
        : FqdnSelector.pattern(FQDN_PATTERNS.get(random.nextInt(FQDN_PATTERNS.size())));
  }

  private Position position() {
    return new Position(random.nextInt(2000), random.nextInt(2000));
  }
}
