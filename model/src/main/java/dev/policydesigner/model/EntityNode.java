package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * One or more Cilium entities drawn as one node, e.g. "Cilium agents on all nodes" = {@code host} +
 * {@code remote-node}.
 */
public record EntityNode(String id, String name, List<Entity> entities, Position position)
    implements Node {
  public EntityNode {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    entities = List.copyOf(entities);
    Objects.requireNonNull(position, "position");
  }

  @Override
  public EntityNode withPosition(Position position) {
    return new EntityNode(id, name, entities, position);
  }

  @Override
  public EntityNode withName(String name) {
    return new EntityNode(id, name, entities, position);
  }

  @Override
  public EntityNode withId(String id) {
    return new EntityNode(id, name, entities, position);
  }

  /** A copy with other entities. */
  public EntityNode withEntities(List<Entity> entities) {
    return new EntityNode(id, name, entities, position);
  }
}
