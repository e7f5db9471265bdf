package dev.policydesigner.model.observe;

import dev.policydesigner.model.Entity;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Maps Cilium's reserved identities ({@code reserved:host}, …) to the entities of the model. */
public final class ReservedIdentity {
  private static final Map<String, Entity> ENTITIES =
      Map.ofEntries(
          Map.entry("host", Entity.HOST),
          Map.entry("remote-node", Entity.REMOTE_NODE),
          Map.entry("world", Entity.WORLD),
          Map.entry("world-ipv4", Entity.WORLD),
          Map.entry("world-ipv6", Entity.WORLD),
          Map.entry("kube-apiserver", Entity.KUBE_APISERVER),
          Map.entry("health", Entity.HEALTH),
          Map.entry("ingress", Entity.INGRESS),
          Map.entry("unmanaged", Entity.UNMANAGED),
          Map.entry("init", Entity.INIT));

  /** Numeric identities Cilium reserves, for flows that carry no labels. */
  private static final Map<Integer, String> NUMERIC =
      Map.of(
          1, "host",
          2, "world",
          3, "unmanaged",
          4, "health",
          5, "init",
          6, "remote-node",
          7, "kube-apiserver",
          8, "ingress",
          9, "world-ipv4",
          10, "world-ipv6");

  private ReservedIdentity() {}

  /** The entity of a reserved identity name ({@code host}, {@code world-ipv4}, …). */
  public static Optional<Entity> entity(String reservedName) {
    return Optional.ofNullable(ENTITIES.get(reservedName));
  }

  /** The entities of a set of reserved identity names; unknown names are left out. */
  public static Set<Entity> entities(Set<String> reservedNames) {
    Set<Entity> set = EnumSet.noneOf(Entity.class);
    for (String name : reservedNames) {
      entity(name).ifPresent(set::add);
    }
    return set;
  }

  /** The reserved name of a numeric identity (1 = host, 2 = world, …), if it is reserved. */
  public static Optional<String> nameOf(long identity) {
    return identity > 0 && identity <= 10
        ? Optional.ofNullable(NUMERIC.get((int) identity))
        : Optional.empty();
  }
}
