package dev.policydesigner.model.engine;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.check.CidrBlock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One end of a connection the engine decides: a pod, a Cilium entity, an address range outside the
 * cluster, a DNS name or a Kubernetes Service. Equal identities are the same end.
 */
public sealed interface Identity
    permits Identity.Pod, Identity.OfEntity, Identity.Address, Identity.DnsName, Identity.Service {

  /** How an answer names it. */
  String label();

  /** A pod with these labels in this namespace. */
  record Pod(String namespace, Map<String, String> labels) implements Identity {
    public Pod {
      Objects.requireNonNull(namespace, "namespace");
      labels = Collections.unmodifiableMap(new TreeMap<>(labels));
    }

    @Override
    public String label() {
      if (labels.isEmpty()) {
        return "pod in " + namespace;
      }
      List<String> parts = new ArrayList<>();
      labels.forEach((k, v) -> parts.add(k + "=" + v));
      return "pod " + namespace + "/{" + String.join(", ", parts) + "}";
    }
  }

  /**
   * A reserved identity. {@code host} is the node the other end runs on, {@code remote-node} any
   * other node; both may carry the node's labels, which host policies ({@code nodeSelector}) select
   * on.
   */
  record OfEntity(Entity entity, Map<String, String> nodeLabels) implements Identity {
    public OfEntity {
      Objects.requireNonNull(entity, "entity");
      nodeLabels = Collections.unmodifiableMap(new TreeMap<>(nodeLabels));
    }

    @Override
    public String label() {
      return "entity " + entity.yamlName() + (nodeLabels.isEmpty() ? "" : " " + nodeLabels);
    }
  }

  /**
   * Addresses outside the cluster ({@code world}): one address ({@code /32}, {@code /128}) or a
   * range without the sub-ranges {@code except}.
   */
  record Address(String cidr, List<String> except) implements Identity {
    public Address {
      cidr = CidrBlock.tryParse(cidr).map(CidrBlock::network).orElse(cidr);
      except =
          except.stream()
              .map(e -> CidrBlock.tryParse(e).map(CidrBlock::network).orElse(e))
              .toList();
    }

    /** Whether it is a single address. */
    public boolean single() {
      return cidr.endsWith("/32") || cidr.endsWith("/128");
    }

    @Override
    public String label() {
      String base = single() ? cidr.substring(0, cidr.indexOf('/')) : cidr;
      return (single() ? "IP " : "CIDR ")
          + base
          + (except.isEmpty() ? "" : " except " + String.join(", ", except));
    }
  }

  /** A DNS name outside the cluster, or the names a pattern stands for. */
  record DnsName(FqdnSelector name) implements Identity {
    public DnsName {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String label() {
      return "FQDN " + name.value();
    }
  }

  /** A Kubernetes Service, as {@code toServices} names it. */
  record Service(String namespace, String name) implements Identity {
    public Service {
      Objects.requireNonNull(namespace, "namespace");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String label() {
      return "service " + namespace + "/" + name;
    }
  }

  /** A pod in {@code namespace} with labels given as key, value, key, value… */
  static Pod pod(String namespace, String... keyValues) {
    Map<String, String> labels = new TreeMap<>();
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      labels.put(keyValues[i], keyValues[i + 1]);
    }
    return new Pod(namespace, labels);
  }

  /** An entity without node labels. */
  static OfEntity entity(Entity entity) {
    return new OfEntity(entity, Map.of());
  }

  /** One address or a range. */
  static Address address(String cidrOrAddress) {
    String c = cidrOrAddress;
    if (!c.contains("/")) {
      c = c + (c.contains(":") ? "/128" : "/32");
    }
    return new Address(c, List.of());
  }

  /** An exact DNS name. */
  static DnsName fqdn(String name) {
    return new DnsName(FqdnSelector.name(name));
  }
}
