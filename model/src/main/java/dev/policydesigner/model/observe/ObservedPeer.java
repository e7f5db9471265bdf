package dev.policydesigner.model.observe;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Label;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One end of an unmatched observed flow: a node of the diagram, or what a node for it would select
 * (the candidate for <em>Add as flow</em>).
 */
public sealed interface ObservedPeer
    permits ObservedPeer.KnownNode,
        ObservedPeer.NewWorkload,
        ObservedPeer.NewEntity,
        ObservedPeer.NewCidr,
        ObservedPeer.NewFqdn,
        ObservedPeer.Unidentified {

  /** Readable text: the node id, {@code default [app=curl]}, {@code host}, a CIDR, a name. */
  String description();

  /** The diagram node this end is, if there is one. */
  default Optional<String> nodeId() {
    return Optional.empty();
  }

  /** Whether <em>Add as flow</em> can create a node for this end (or it is a node already). */
  default boolean canBecomeNode() {
    return true;
  }

  /** An end that is a node of the diagram. */
  record KnownNode(String id) implements ObservedPeer {
    public KnownNode {
      Objects.requireNonNull(id, "id");
    }

    @Override
    public String description() {
      return id;
    }

    @Override
    public Optional<String> nodeId() {
      return Optional.of(id);
    }
  }

  /** Pods of a namespace (and labels) that no workload of the diagram selects. */
  record NewWorkload(String namespace, List<Label> labels) implements ObservedPeer {
    public NewWorkload {
      Objects.requireNonNull(namespace, "namespace");
      labels = List.copyOf(labels);
    }

    @Override
    public String description() {
      return labels.isEmpty()
          ? namespace + " (any pod)"
          : namespace
              + " ["
              + labels.stream()
                  .map(l -> l.key() + "=" + l.value())
                  .collect(Collectors.joining(", "))
              + "]";
    }
  }

  /** A reserved identity no entity node of the diagram holds. */
  record NewEntity(Entity entity) implements ObservedPeer {
    public NewEntity {
      Objects.requireNonNull(entity, "entity");
    }

    @Override
    public String description() {
      return entity.yamlName();
    }
  }

  /** World traffic to or from an address no CIDR node holds, as a host prefix. */
  record NewCidr(String cidr) implements ObservedPeer {
    public NewCidr {
      Objects.requireNonNull(cidr, "cidr");
    }

    @Override
    public String description() {
      return cidr;
    }
  }

  /** World traffic to a DNS name no FQDN node selects. */
  record NewFqdn(String name) implements ObservedPeer {
    public NewFqdn {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String description() {
      return name;
    }
  }

  /** An end Hubble did not identify well enough to draw (no namespace, identity or address). */
  record Unidentified(String text) implements ObservedPeer {
    public Unidentified {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String description() {
      return text;
    }

    @Override
    public boolean canBecomeNode() {
      return false;
    }
  }
}
