package dev.policydesigner.model.example;

import static dev.policydesigner.model.example.ExampleBuilder.dnsPorts;
import static dev.policydesigner.model.example.ExampleBuilder.labels;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.WorkloadPort;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two built-in examples, faithful to the policies of the seed document. */
public final class Examples {
  /** Names accepted by {@link #byName(String)}. */
  public static final List<String> NAMES = List.of("hubble", "rustfs");

  private static final String GATEWAY_LABEL = "gateway.networking.k8s.io/gateway-name";
  private static final String DEFAULT_FALSE = " | default(false)";

  private Examples() {}

  /** The example with this name ({@code hubble} or {@code rustfs}). */
  public static Optional<Diagram> byName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "hubble" -> Optional.of(hubble());
      case "rustfs" -> Optional.of(rustfs());
      default -> Optional.empty();
    };
  }

  /** Envoy Gateway → Hubble UI → Hubble Relay → Cilium agents, with DNS and Prometheus. */
  public static Diagram hubble() {
    ExampleBuilder b = new ExampleBuilder();
    b.workload(
        "gateway",
        "Envoy Gateway internal",
        KindHint.GATEWAY,
        "network",
        labels(GATEWAY_LABEL, "internal"),
        List.of(),
        null,
        40,
        200);
    b.workload(
        "hubble-ui",
        "Hubble UI",
        KindHint.UI,
        "kube-system",
        labels("k8s-app", "hubble-ui"),
        List.of(new WorkloadPort(8081, Protocol.TCP, "http", 80)),
        null,
        400,
        200);
    b.workload(
        "hubble-relay",
        "Hubble Relay",
        KindHint.RELAY,
        "kube-system",
        labels("k8s-app", "hubble-relay"),
        List.of(
            new WorkloadPort(4245, Protocol.TCP, "grpc", 80),
            new WorkloadPort(9966, Protocol.TCP, "metrics", null)),
        null,
        700,
        200);
    b.entities("cilium-agents", "Cilium agents", List.of(Entity.HOST), 1000, 200);
    kubeDns(b, 550, 420);
    prometheus(b, 700, 20);

    b.flow(
        "gateway",
        "hubble-ui",
        List.of(PortRange.tcp(8081)),
        null,
        "User access via Envoy Gateway (internal)");
    b.flow("hubble-ui", "kube-dns", dnsPorts(), null, "DNS resolution");
    b.flow(
        "hubble-ui",
        "hubble-relay",
        List.of(PortRange.tcp(4245)),
        null,
        "Query Hubble Relay for flow data",
        "Hubble UI queries flow data");
    b.flow(
        "prometheus",
        "hubble-relay",
        List.of(PortRange.tcp(9966)),
        "monitoring_enabled" + DEFAULT_FALSE,
        "Prometheus scraping");
    b.flow("hubble-relay", "kube-dns", dnsPorts(), null, "DNS resolution");
    b.flow(
        "hubble-relay",
        "cilium-agents",
        List.of(PortRange.tcp(4244)),
        null,
        "Hubble Relay communicates with Cilium agents via host networking");

    b.file(
        new PolicyFile(
            "templates/config/kubernetes/apps/kube-system/network-policies/app/hubble-ui.yaml.j2",
            Guard.of("network_policies_enabled" + DEFAULT_FALSE, "hubble_enabled" + DEFAULT_FALSE),
            DefaultDenyStyle.IF_BLOCK,
            List.of(
                new PolicySubject(
                    "hubble-ui",
                    "hubble-ui",
                    "Hubble UI",
                    "Cilium network observability dashboard - serves web UI, queries Hubble Relay",
                    "Hubble UI: Serve web interface, query Hubble Relay for flow data",
                    NetworkPolicyFallback.NONE),
                new PolicySubject(
                    "hubble-relay",
                    "hubble-relay",
                    "Hubble Relay",
                    "gRPC relay service - aggregates flow data from Cilium agents on all nodes",
                    "Hubble Relay: Aggregate flow data from Cilium agents, serve to UI",
                    NetworkPolicyFallback.NONE)),
            null));
    return b.build("hubble", "Hubble UI behind Envoy Gateway, Hubble Relay, Cilium agents");
  }

  /** RustFS S3 storage with its eight consumers, the gateway to the console, and Prometheus. */
  public static Diagram rustfs() {
    ExampleBuilder b = new ExampleBuilder();
    List<PortRange> s3 = List.of(PortRange.tcp(9000));
    b.workload(
        "rustfs",
        "RustFS",
        KindHint.STORAGE,
        "storage",
        labels("app.kubernetes.io/name", "rustfs"),
        List.of(
            new WorkloadPort(9000, Protocol.TCP, "s3", null),
            new WorkloadPort(9001, Protocol.TCP, "console", null)),
        null,
        560,
        300);
    b.workload(
        "loki",
        "Loki",
        KindHint.MONITORING,
        "monitoring",
        labels("app.kubernetes.io/name", "loki"),
        List.of(),
        "loki_enabled" + DEFAULT_FALSE,
        40,
        40);
    b.workload(
        "dragonfly",
        "Dragonfly",
        KindHint.DATABASE,
        "cache",
        labels("app", "dragonfly"),
        List.of(),
        null,
        300,
        40);
    b.workload(
        "keycloak-postgres",
        "Keycloak PostgreSQL",
        KindHint.DATABASE,
        "identity",
        labels("cnpg.io/cluster", "keycloak-postgres"),
        List.of(),
        null,
        560,
        40);
    b.workload(
        "litellm-postgresql",
        "LiteLLM PostgreSQL",
        KindHint.DATABASE,
        "ai-system",
        labels("cnpg.io/cluster", "litellm-postgresql"),
        List.of(),
        null,
        820,
        40);
    b.workload(
        "langfuse-postgresql",
        "Langfuse PostgreSQL",
        KindHint.DATABASE,
        "ai-system",
        labels("cnpg.io/cluster", "langfuse-postgresql"),
        List.of(),
        null,
        1080,
        40);
    b.workload(
        "langfuse",
        "Langfuse",
        KindHint.APP,
        "ai-system",
        labels("app.kubernetes.io/name", "langfuse"),
        List.of(),
        "langfuse_enabled" + DEFAULT_FALSE,
        1080,
        300);
    b.workload(
        "storage-jobs",
        "Storage namespace jobs",
        KindHint.APP,
        "storage",
        List.of(),
        List.of(),
        null,
        40,
        300);
    b.workload(
        "gateway",
        "Envoy Gateway internal",
        KindHint.GATEWAY,
        "network",
        labels(GATEWAY_LABEL, "internal"),
        List.of(),
        null,
        240,
        560);
    prometheus(b, 820, 560);
    kubeDns(b, 560, 560);

    b.flow("loki", "rustfs", s3, null, "S3 API access from Loki (monitoring namespace)");
    b.flow(
        "dragonfly",
        "rustfs",
        s3,
        "dragonfly_backup_enabled" + DEFAULT_FALSE,
        "S3 API access from Dragonfly backups (cache namespace)");
    b.flow(
        "keycloak-postgres",
        "rustfs",
        s3,
        "keycloak_backup_enabled" + DEFAULT_FALSE,
        "S3 API access from Keycloak CNPG PostgreSQL backups");
    b.flow(
        "litellm-postgresql",
        "rustfs",
        s3,
        "litellm_backup_enabled" + DEFAULT_FALSE,
        "S3 API access from LiteLLM CNPG PostgreSQL backups");
    b.flow(
        "langfuse-postgresql",
        "rustfs",
        s3,
        "langfuse_backup_enabled" + DEFAULT_FALSE,
        "S3 API access from Langfuse CNPG PostgreSQL backups");
    b.flow(
        "langfuse",
        "rustfs",
        s3,
        null,
        "S3 API access from Langfuse application (events, media, exports buckets)");
    b.flow(
        "storage-jobs",
        "rustfs",
        s3,
        null,
        "S3 API access from storage namespace (setup Job for bucket creation)");
    b.flow(
        "gateway",
        "rustfs",
        List.of(PortRange.tcp(9001)),
        null,
        "Console UI access from Envoy Gateway (internal)");
    b.flow(
        "prometheus",
        "rustfs",
        s3,
        "rustfs_monitoring_enabled" + DEFAULT_FALSE,
        "Prometheus metrics scraping (fallback: RustFS pushes metrics over OTLP)");
    b.flow("rustfs", "kube-dns", dnsPorts(), null, "DNS resolution");

    b.file(
        new PolicyFile(
            "templates/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2",
            Guard.of("rustfs_enabled" + DEFAULT_FALSE, "network_policies_enabled" + DEFAULT_FALSE),
            DefaultDenyStyle.IF_BLOCK,
            List.of(
                new PolicySubject(
                    "rustfs",
                    "rustfs",
                    "RustFS S3-compatible storage",
                    "Pattern: Infrastructure component with multi-namespace consumers",
                    "RustFS: S3-compatible object storage for Loki, CNPG backups, Langfuse",
                    NetworkPolicyFallback.NAMESPACE)),
            null));
    return b.build("rustfs", "RustFS S3 storage and its consumers");
  }

  /** The cluster DNS (CoreDNS as kube-dns in kube-system), its card at (x, y). */
  private static void kubeDns(ExampleBuilder b, double x, double y) {
    b.workload(
        "kube-dns",
        "kube-dns",
        KindHint.DNS,
        "kube-system",
        labels("k8s-app", "kube-dns"),
        List.of(
            new WorkloadPort(53, Protocol.UDP, "dns", null),
            new WorkloadPort(53, Protocol.TCP, "dns-tcp", null)),
        null,
        x,
        y);
  }

  /** Prometheus in monitoring, which scrapes the metrics ports, its card at (x, y). */
  private static void prometheus(ExampleBuilder b, double x, double y) {
    b.workload(
        "prometheus",
        "Prometheus",
        KindHint.MONITORING,
        "monitoring",
        labels("app.kubernetes.io/name", "prometheus"),
        List.of(),
        null,
        x,
        y);
  }
}
