package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The connections two versions of the policies disagree on, over the identities either version
 * names: added (the new version allows them, the old one did not) and removed, each one port range
 * of one pair with the rules responsible.
 *
 * @param added newly allowed connections
 * @param removed connections no longer allowed
 */
public record ConnectivityDiff(List<ConnectionChange> added, List<ConnectionChange> removed) {
  public ConnectivityDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  /** Whether nothing changed. */
  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty();
  }

  /** What changed from {@code before} to {@code after}. */
  public static ConnectivityDiff between(PolicyEngine before, PolicyEngine after) {
    List<Identity> universe = Identities.of(before.policies(), after.policies());
    ConnectivityMatrix old = ConnectivityMatrix.of(before, universe);
    ConnectivityMatrix now = ConnectivityMatrix.of(after, universe);
    List<ConnectionChange> added = new ArrayList<>();
    List<ConnectionChange> removed = new ArrayList<>();
    for (int s = 0; s < universe.size(); s++) {
      for (int t = 0; t < universe.size(); t++) {
        PortSet was = old.allowed(s, t);
        PortSet is = now.allowed(s, t);
        if (was.equals(is)) {
          continue;
        }
        Identity from = universe.get(s);
        Identity to = universe.get(t);
        for (PortSet piece : is.minus(was).pieces()) {
          added.add(new ConnectionChange(from, to, piece, admitting(after, from, to, piece)));
        }
        for (PortSet piece : was.minus(is).pieces()) {
          List<RuleSource> rules = new ArrayList<>(admitting(before, from, to, piece));
          rules.addAll(denying(after, from, to, piece));
          removed.add(new ConnectionChange(from, to, piece, rules));
        }
      }
    }
    return new ConnectivityDiff(added, removed);
  }

  private static List<RuleSource> admitting(
      PolicyEngine engine, Identity from, Identity to, PortSet piece) {
    Decision d = engine.decide(from, to, piece.first().orElseThrow());
    Set<RuleSource> rules = new LinkedHashSet<>(d.egress().allowedBy());
    rules.addAll(d.ingress().allowedBy());
    return List.copyOf(rules);
  }

  private static List<RuleSource> denying(
      PolicyEngine engine, Identity from, Identity to, PortSet piece) {
    Decision d = engine.decide(from, to, piece.first().orElseThrow());
    Set<RuleSource> rules = new LinkedHashSet<>(d.egress().deniedBy());
    rules.addAll(d.ingress().deniedBy());
    return List.copyOf(rules);
  }
}
