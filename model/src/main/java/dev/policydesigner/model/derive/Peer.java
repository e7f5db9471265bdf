package dev.policydesigner.model.derive;

import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import java.util.List;

/** The other side of a rule, as a Cilium policy selects it. */
public sealed interface Peer {
  /** The id of the graph node this peer was derived from. */
  String nodeId();

  /**
   * Pods selected by namespace and labels: {@code from/toEndpoints} with {@code
   * io.kubernetes.pod.namespace} first.
   */
  record Endpoints(String nodeId, String namespace, List<Label> labels) implements Peer {
    public Endpoints {
      labels = List.copyOf(labels);
    }
  }

  /** {@code from/toEntities}. */
  record Entities(String nodeId, List<Entity> entities) implements Peer {
    public Entities {
      entities = List.copyOf(entities);
    }
  }

  /** {@code from/toCIDRSet}. */
  record Cidr(String nodeId, String cidr, List<String> except) implements Peer {
    public Cidr {
      except = List.copyOf(except);
    }
  }

  /** {@code toFQDNs} (egress only). */
  record Fqdns(String nodeId, List<FqdnSelector> selectors) implements Peer {
    public Fqdns {
      selectors = List.copyOf(selectors);
    }
  }
}
