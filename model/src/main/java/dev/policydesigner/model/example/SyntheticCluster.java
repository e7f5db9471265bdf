package dev.policydesigner.model.example;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded synthetic diagrams shaped like real clusters: namespaces of several workloads, shared
 * services with many consumers, DNS and kube-apiserver egress everywhere, guards on about a third
 * of the flows, one policy file per namespace. The same seed always gives the same diagram.
 */
public final class SyntheticCluster {
  private static final int PER_NAMESPACE = 8;
  private static final String[] SHARED = {"postgres", "redis", "s3", "kafka", "vault"};
  private static final int[] SHARED_PORTS = {5432, 6379, 9000, 9092, 8200};

  private final Random random;

  /** A generator with the given seed. */
  public SyntheticCluster(long seed) {
    this.random = new Random(seed);
  }

  /** A diagram of about {@code workloads} workloads and exactly {@code flows} flows. */
  public Diagram generate(int workloads, int flows) {
    List<Node> nodes = new ArrayList<>();
    List<Workload> apps = new ArrayList<>();
    Workload dns = workload("kube-dns", "kube-system", KindHint.DNS, "k8s-app", 53, 0);
    nodes.add(dns);
    nodes.add(
        new EntityNode(
            "apiserver", "kube-apiserver", List.of(Entity.KUBE_APISERVER), new Position(0, 120)));
    List<Workload> shared = new ArrayList<>();
    for (int i = 0; i < SHARED.length; i++) {
      Workload w =
          workload(
              SHARED[i],
              "data",
              KindHint.DATABASE,
              "app.kubernetes.io/name",
              SHARED_PORTS[i],
              i + 1);
      shared.add(w);
      nodes.add(w);
    }
    int namespaces = Math.max(1, (workloads - nodes.size() + PER_NAMESPACE - 1) / PER_NAMESPACE);
    for (int n = 0; n < namespaces; n++) {
      for (int i = 0; i < PER_NAMESPACE && workloadCount(nodes) < workloads; i++) {
        Workload w =
            workload(
                "ns" + n + "-app" + i, "ns" + n, KindHint.APP, "app.kubernetes.io/name", 8080, 0);
        w = w.withPosition(new Position(220 * i, 160 * (n + 2)));
        apps.add(w);
        nodes.add(w);
      }
    }
    List<Flow> flowList = flows(apps, shared, dns, flows);
    return new Diagram(
        "synthetic-" + workloads,
        "Synthetic cluster",
        nodes,
        flowList,
        files(apps),
        Settings.DEFAULT);
  }

  private List<Flow> flows(List<Workload> apps, List<Workload> shared, Workload dns, int count) {
    List<Flow> list = new ArrayList<>(count);
    int i = 0;
    while (list.size() < count) {
      Workload from = apps.get(i % apps.size());
      int kind = (i / apps.size()) % 4;
      String to;
      PortRange port;
      if (kind == 0) {
        to = dns.id();
        port = new PortRange(53, null, Protocol.ANY);
      } else if (kind == 1) {
        to = "apiserver";
        port = PortRange.tcp(6443);
      } else if (kind == 2) {
        Workload s = shared.get(random.nextInt(shared.size()));
        to = s.id();
        port = PortRange.tcp(s.ports().get(0).port());
      } else {
        to = apps.get(random.nextInt(apps.size())).id();
        port = PortRange.tcp(8080);
      }
      String guard =
          random.nextInt(3) == 0
              ? "feature_" + random.nextInt(20) + "_enabled | default(false)"
              : null;
      String id = "f" + list.size();
      list.add(new Flow(id, from.id(), to, List.of(port), L7Rules.NONE, guard, "Flow " + id, null));
      i++;
    }
    return list;
  }

  private static long workloadCount(List<Node> nodes) {
    return nodes.stream().filter(Workload.class::isInstance).count();
  }

  private static List<PolicyFile> files(List<Workload> apps) {
    List<PolicyFile> files = new ArrayList<>();
    String namespace = null;
    List<PolicySubject> subjects = new ArrayList<>();
    for (Workload w : apps) {
      if (!w.namespace().equals(namespace) && namespace != null) {
        files.add(file(namespace, subjects));
        subjects = new ArrayList<>();
      }
      namespace = w.namespace();
      subjects.add(
          new PolicySubject(w.id(), w.id(), w.name(), "Synthetic workload", w.name(), null));
    }
    if (namespace != null) {
      files.add(file(namespace, subjects));
    }
    return files;
  }

  private static PolicyFile file(String namespace, List<PolicySubject> subjects) {
    String path =
        "templates/config/kubernetes/apps/" + namespace + "/network-policies/app/policies.yaml.j2";
    return new PolicyFile(
        path,
        Guard.of(Settings.DEFAULT.enabledConjunct()),
        DefaultDenyStyle.IF_BLOCK,
        subjects,
        null);
  }

  private static Workload workload(
      String id, String ns, KindHint kind, String key, int port, int column) {
    return new Workload(
        id,
        id,
        kind,
        ns,
        List.of(new Label(key, id)),
        List.of(WorkloadPort.tcp(port)),
        null,
        new Position(220 * column, 0));
  }
}
