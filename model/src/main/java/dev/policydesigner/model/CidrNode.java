package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/** An IP range outside the cluster, with optional excluded sub-ranges. */
public record CidrNode(String id, String name, String cidr, List<String> except, Position position)
    implements Node {
  public CidrNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cidr, "cidr");
    except = List.copyOf(except);
    Objects.requireNonNull(position, "position");
  }

  @Override
  public CidrNode withPosition(Position position) {
    return new CidrNode(id, name, cidr, except, position);
  }

  @Override
  public CidrNode withName(String name) {
    return new CidrNode(id, name, cidr, except, position);
  }

  @Override
  public CidrNode withId(String id) {
    return new CidrNode(id, name, cidr, except, position);
  }

  /** A copy with another range and exceptions. */
  public CidrNode withCidr(String cidr, List<String> except) {
    return new CidrNode(id, name, cidr, except, position);
  }
}
