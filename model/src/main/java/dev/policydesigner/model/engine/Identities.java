package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every identity the policies of a set name: a pod for each subject and endpoint peer that names
 * one (see {@link Representatives}), each entity, CIDR, DNS name and Service they name. Sorted:
 * pods by namespace and labels, then entities, addresses, names and Services.
 */
public final class Identities {
  private Identities() {}

  /** The identities the policies of {@code sets} name, once each, sorted. */
  public static List<Identity> of(PolicySet... sets) {
    Set<Identity> found = new LinkedHashSet<>();
    for (PolicySet set : sets) {
      Representatives r = new Representatives(set.namespaces());
      for (EnginePolicy p : set.policies()) {
        found.addAll(r.of(p.subject()));
        for (Direction d : Direction.values()) {
          DirectionRules side = p.side(d);
          List<EngineRule> rules = new ArrayList<>(side.allows());
          rules.addAll(side.denies());
          for (EngineRule rule : rules) {
            rule.peers().forEach(peer -> found.addAll(r.of(peer)));
          }
        }
      }
    }
    List<Identity> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Identities::order).thenComparing(Identity::label));
    return sorted;
  }

  private static int order(Identity i) {
    if (i instanceof Identity.Pod) {
      return 0;
    } else if (i instanceof Identity.OfEntity) {
      return 1;
    } else if (i instanceof Identity.Address) {
      return 2;
    } else if (i instanceof Identity.DnsName) {
      return 3;
    }
    return 4;
  }
}
