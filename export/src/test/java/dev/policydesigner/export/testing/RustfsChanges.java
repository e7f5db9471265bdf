package dev.policydesigner.export.testing;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;

/** A change to the RustFS example that comparisons of a diagram with a checkout look for. */
public final class RustfsChanges {
  private RustfsChanges() {}

  /**
   * {@code rustfs} with a new consumer: Trino (namespace {@code analytics}, card at {@code at})
   * reading RustFS's S3 API on TCP 9000, flow {@code trino-to-rustfs}.
   */
  public static Diagram withTrino(Diagram rustfs, Position at) {
    Workload trino =
        new Workload(
            "trino",
            "Trino",
            KindHint.APP,
            "analytics",
            List.of(new Label("app", "trino")),
            List.of(),
            null,
            at);
    List<Node> nodes = new ArrayList<>(rustfs.nodes());
    nodes.add(trino);
    List<Flow> flows = new ArrayList<>(rustfs.flows());
    flows.add(Flow.of("trino-to-rustfs", "trino", "rustfs", List.of(PortRange.tcp(9000)), "S3"));
    return rustfs.withNodes(nodes).withFlows(flows);
  }
}
