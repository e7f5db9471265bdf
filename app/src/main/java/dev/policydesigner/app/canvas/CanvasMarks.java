package dev.policydesigner.app.canvas;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.Verdict;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What decides the marks of cards and arrows: the selection, the walkthrough's spotlight, the
 * search's hits, the flows and nodes that the chosen flag values leave out, observed traffic and
 * the problems found. The canvas sets these; the marks follow.
 */
final class CanvasMarks {
  private Set<String> selected = Set.of();
  private Set<String> spotlight;
  private Set<String> found = Set.of();
  private Set<String> faded = Set.of();
  private ObservationReport observation;
  private Map<String, Severity> findings = Map.of();
  private Map<String, String> changes = Map.of();
  private String hovered;

  void setSelected(Collection<String> ids) {
    selected = Set.copyOf(ids);
  }

  void setSpotlight(Set<String> ids) {
    spotlight = ids == null ? null : Set.copyOf(ids);
  }

  void setFound(Set<String> ids) {
    found = Set.copyOf(ids);
  }

  void setFaded(Set<String> ids) {
    faded = Set.copyOf(ids);
  }

  void setObservation(ObservationReport report) {
    observation = report;
  }

  ObservationReport observation() {
    return observation;
  }

  void setFindings(Map<String, Severity> bySeverity) {
    findings = Map.copyOf(bySeverity);
  }

  Set<String> found() {
    return found;
  }

  void setChanges(Map<String, String> flowChanges) {
    changes = Map.copyOf(flowChanges);
  }

  Map<String, String> changes() {
    return changes;
  }

  void setHovered(String arrowKey) {
    hovered = arrowKey;
  }

  /** The marks of a node's card. */
  EnumSet<Mark> card(Diagram d, String id) {
    EnumSet<Mark> m = EnumSet.noneOf(Mark.class);
    Node n = d.node(id).orElse(null);
    if (n == null) {
      return m;
    }
    set(m, Mark.SUBJECT, d.isSubject(id));
    set(m, Mark.GUARDED, n.condition() != null);
    set(m, Mark.SELECTED, selected.contains(id));
    spotlight(m, spotlight == null ? null : spotlight.contains(id));
    set(m, Mark.FOUND, found.contains(id));
    set(m, Mark.FADED, faded.contains(id));
    severity(m, findings.get(id));
    return m;
  }

  /** The marks of a namespace box (or collapsed card), from its members. */
  EnumSet<Mark> box(Diagram d, NamespaceBox box) {
    EnumSet<Mark> m = EnumSet.noneOf(Mark.class);
    boolean anyLit = false;
    Severity worst = null;
    for (String id : box.memberIds()) {
      anyLit |= spotlight != null && spotlight.contains(id);
      m.addAll(EnumSet.of(Mark.FOUND).stream().filter(x -> found.contains(id)).toList());
      worst = worse(worst, findings.get(id));
      for (Flow f : box.collapsed() ? d.flowsTouching(id) : java.util.List.<Flow>of()) {
        worst = worse(worst, findings.get(f.id()));
      }
    }
    spotlight(m, spotlight == null ? null : anyLit);
    severity(m, worst);
    return m;
  }

  /** Sets the marks of every arrow of {@code g}. */
  void markArrows(CanvasGeometry g) {
    for (DrawnArrow a : g.arrows()) {
      mark(a);
    }
  }

  private void mark(DrawnArrow a) {
    boolean anySelected = false;
    boolean allGuarded = true;
    boolean anyLit = false;
    boolean anyFound = false;
    boolean allFaded = true;
    Severity worst = null;
    for (Flow f : a.flows()) {
      anySelected |= selected.contains(f.id());
      allGuarded &= f.condition() != null;
      anyLit |= spotlight != null && spotlight.contains(f.id());
      anyFound |= found.contains(f.id());
      allFaded &= faded.contains(f.id());
      worst = worse(worst, findings.get(f.id()));
    }
    a.mark(Mark.SELECTED, anySelected);
    a.mark(Mark.GUARDED, allGuarded);
    a.mark(Mark.LIT, spotlight != null && anyLit);
    a.mark(Mark.DIMMED, spotlight != null && !anyLit);
    a.mark(Mark.FOUND, anyFound);
    a.mark(Mark.FADED, allFaded);
    a.mark(Mark.HOVERED, a.key().equals(hovered));
    a.mark(Mark.ERROR, worst == Severity.ERROR);
    a.mark(Mark.WARNING, worst == Severity.WARNING);
    observed(a);
    changed(a);
  }

  private void changed(DrawnArrow a) {
    TreeSet<String> kinds = new TreeSet<>();
    for (Flow f : a.flows()) {
      String kind = changes.get(f.id());
      if (kind != null) {
        kinds.add(kind);
      }
    }
    String only = kinds.size() == 1 ? kinds.first() : null;
    a.mark(Mark.ADDED, "added".equals(only));
    a.mark(Mark.REMOVED, "removed".equals(only));
    a.mark(Mark.CHANGED, kinds.size() > 1 || "changed".equals(only));
  }

  private void observed(DrawnArrow a) {
    ObservationReport.Matched matched =
        observation == null || a.flows().size() != 1
            ? null
            : observation.matchedFlow(a.flows().get(0).id()).orElse(null);
    Map<Verdict, Long> verdicts = matched == null ? Map.of() : matched.verdicts();
    boolean dropped = verdicts.getOrDefault(Verdict.DROPPED, 0L) > 0;
    a.mark(Mark.OBSERVED, matched != null);
    a.mark(Mark.UNOBSERVED, observation != null && a.flows().size() == 1 && matched == null);
    a.mark(Mark.DROPPED, dropped);
    a.mark(Mark.AUDIT, !dropped && verdicts.getOrDefault(Verdict.AUDIT, 0L) > 0);
  }

  /** The observed-count badge of a flow, or {@code null}. */
  String badge(String flowId) {
    if (observation == null) {
      return null;
    }
    return observation.matchedFlow(flowId).map(m -> "×" + m.count()).orElse(null);
  }

  private static void spotlight(EnumSet<Mark> m, Boolean lit) {
    set(m, Mark.LIT, lit != null && lit);
    set(m, Mark.DIMMED, lit != null && !lit);
  }

  private static void severity(EnumSet<Mark> m, Severity s) {
    set(m, Mark.ERROR, s == Severity.ERROR);
    set(m, Mark.WARNING, s == Severity.WARNING);
  }

  private static Severity worse(Severity a, Severity b) {
    if (a == null) {
      return b == Severity.ERROR || b == Severity.WARNING ? b : null;
    }
    return b == Severity.ERROR ? b : a;
  }

  private static void set(EnumSet<Mark> m, Mark mark, boolean on) {
    if (on) {
      m.add(mark);
    }
  }

  /** A map of findings by element, worst first wins. */
  static Map<String, Severity> worstBy(Collection<Map.Entry<String, Severity>> entries) {
    Map<String, Severity> map = new HashMap<>();
    for (Map.Entry<String, Severity> e : entries) {
      map.merge(e.getKey(), e.getValue(), CanvasMarks::worse);
    }
    return map;
  }
}
