package dev.policydesigner.export.property;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The simulator queries that a flow of the diagram must pass in enforce mode with every flag true:
 * each end as a node (each entity of an entity node on its own, since a node of {@code host} alone
 * does not cover remote nodes; an address of a CIDR node outside its exceptions as well), on a port
 * of each of the flow's port ranges.
 */
final class FlowQueries {
  private static final List<Protocol> CONCRETE = List.of(Protocol.TCP, Protocol.UDP, Protocol.SCTP);

  private final Diagram diagram;
  private final Random random;
  private final Map<String, Boolean> flags;

  FlowQueries(Diagram diagram, Random random, Map<String, Boolean> flags) {
    this.diagram = diagram;
    this.random = random;
    this.flags = flags;
  }

  List<Query> of(Flow flow) {
    Node to = diagram.node(flow.to()).orElseThrow();
    List<Query> queries = new ArrayList<>();
    for (Endpoint from : endpoints(diagram.node(flow.from()).orElseThrow())) {
      for (Endpoint destination : endpoints(to)) {
        if (flow.ports().isEmpty()) {
          Protocol protocol = CONCRETE.get(random.nextInt(CONCRETE.size()));
          queries.add(query(from, destination, 1 + random.nextInt(65535), protocol));
        }
        for (PortRange range : flow.ports()) {
          Protocol protocol = range.protocol() == Protocol.ANY ? Protocol.TCP : range.protocol();
          queries.add(query(from, destination, portIn(range, to), protocol));
        }
      }
    }
    return queries;
  }

  Query query(Endpoint from, Endpoint to, int port, Protocol protocol) {
    return Query.of(from, to, Traffic.of(port, protocol)).withMode(Mode.ENFORCE).withFlags(flags);
  }

  private List<Endpoint> endpoints(Node node) {
    List<Endpoint> result = new ArrayList<>();
    if (node instanceof EntityNode e) {
      for (Entity entity : e.entities()) {
        result.add(Endpoint.of(Identity.entity(entity)));
      }
      return result;
    }
    result.add(Endpoint.node(node.id()));
    if (node instanceof CidrNode c) {
      result.add(Endpoint.of(Identity.address(RandomCidr.addressOutsideExcepts(c, random))));
    }
    return result;
  }

  /**
   * A port of the range. Inside a range, a port that is only a Service port of the destination is
   * avoided: the query would be translated to the container port behind it, which a range of
   * container ports need not hold.
   */
  private int portIn(PortRange range, Node to) {
    if (range.endPort() == null) {
      return range.port();
    }
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = range.port() + random.nextInt(range.endPort() - range.port() + 1);
      if (!(to instanceof Workload w)
          || w.ports().stream().anyMatch(p -> p.port() == port)
          || w.portBehindService(port).isEmpty()) {
        return port;
      }
    }
    return range.port();
  }
}
