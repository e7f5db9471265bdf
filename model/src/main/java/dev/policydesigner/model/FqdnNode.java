package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/** A set of DNS names outside the cluster ({@code toFQDNs}); egress only. */
public record FqdnNode(String id, String name, List<FqdnSelector> selectors, Position position)
    implements Node {
  public FqdnNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    selectors = List.copyOf(selectors);
    Objects.requireNonNull(position, "position");
  }

  @Override
  public FqdnNode withPosition(Position position) {
    return new FqdnNode(id, name, selectors, position);
  }

  @Override
  public FqdnNode withName(String name) {
    return new FqdnNode(id, name, selectors, position);
  }

  @Override
  public FqdnNode withId(String id) {
    return new FqdnNode(id, name, selectors, position);
  }

  /** A copy with other selectors. */
  public FqdnNode withSelectors(List<FqdnSelector> selectors) {
    return new FqdnNode(id, name, selectors, position);
  }
}
