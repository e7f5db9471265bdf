package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.List;

/** Turns a side's analysis into its answer for one port, with the explanation. */
final class SideVerdicts {
  private SideVerdicts() {}

  static SideVerdict of(SideAnalysis a, Traffic traffic) {
    List<RuleSource> deniedBy = new ArrayList<>();
    a.denies().stream()
        .filter(m -> m.ports().contains(traffic))
        .forEach(m -> deniedBy.add(m.source()));
    List<RuleSource> allowedBy = new ArrayList<>();
    List<String> notes = new ArrayList<>(a.notes());
    boolean mayByName = false;
    for (RuleMatch m : a.allows()) {
      if (m.ports().contains(traffic)) {
        allowedBy.add(m.source());
        if (!m.l7().isEmpty()) {
          notes.add(
              m.source().label()
                  + " also filters at L7 ("
                  + String.join(", ", m.l7())
                  + "): only the requests it lists pass");
        }
      } else if (m.mayCover(traffic)) {
        mayByName = true;
        notes.add(
            m.source().label()
                + " names port(s) "
                + String.join(", ", m.namedPorts())
                + ", which cannot be resolved without the pod's spec");
      }
    }
    boolean allowed = deniedBy.isEmpty() && (!a.restricted() || !allowedBy.isEmpty());
    boolean unknown = !allowed && deniedBy.isEmpty() && mayByName;
    String text = explain(a, traffic, allowed, allowedBy, deniedBy);
    return new SideVerdict(
        a.direction(),
        a.self().label(),
        allowed,
        unknown,
        a.defaultDenyBy(),
        allowedBy,
        deniedBy,
        text,
        notes);
  }

  private static String explain(
      SideAnalysis a,
      Traffic traffic,
      boolean allowed,
      List<RuleSource> allowedBy,
      List<RuleSource> deniedBy) {
    String d = a.direction().yamlName();
    if (!deniedBy.isEmpty()) {
      return "a "
          + d
          + "Deny rule matches "
          + a.other().label()
          + " on "
          + traffic
          + " (deny wins over every allow)";
    }
    if (!a.restricted()) {
      if (a.selecting().isEmpty()) {
        return a.self() instanceof Identity.Pod || isNode(a.self())
            ? "no policy selects it: not restricted"
            : "not a pod or node, so no policy applies to it";
      }
      List<String> names = a.selecting().stream().map(PolicyRef::title).distinct().toList();
      return "selected by "
          + String.join(", ", names)
          + ", but none makes "
          + d
          + " default-deny: not restricted";
    }
    String deny = d + " is default-deny";
    if (allowed) {
      return deny + "; a rule admits " + a.other().label() + " on " + traffic;
    }
    return deny + "; no " + d + " rule admits " + a.other().label() + " on " + traffic;
  }

  private static boolean isNode(Identity i) {
    return i instanceof Identity.OfEntity e
        && (e.entity() == dev.policydesigner.model.Entity.HOST
            || e.entity() == dev.policydesigner.model.Entity.REMOTE_NODE);
  }
}
