package dev.policydesigner.app.canvas;

import dev.policydesigner.model.observe.ObservationReport.Matched;
import dev.policydesigner.model.observe.Verdict;
import dev.policydesigner.model.observe.VerdictCounts;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** How observed traffic marks an arrow: a count badge, and the worst verdict as a colour. */
final class ObservedBadge {
  static final PseudoClass OBSERVED = PseudoClass.getPseudoClass("observed");
  static final PseudoClass UNOBSERVED = PseudoClass.getPseudoClass("unobserved");
  static final PseudoClass DROPPED = PseudoClass.getPseudoClass("dropped");
  static final PseudoClass AUDIT = PseudoClass.getPseudoClass("audit");

  private ObservedBadge() {}

  /** A badge "×12" for matched traffic, with the verdicts and policies as tooltip. */
  static Label badge(long count, Map<Verdict, Long> verdicts, List<String> policies) {
    Label badge = new Label("×" + count);
    badge.getStyleClass().add("observed-badge");
    badge.setTooltip(new Tooltip(tooltip(count, verdicts, policies)));
    mark(badge, verdicts);
    return badge;
  }

  static Label badge(Matched m) {
    return badge(m.count(), m.verdicts(), m.policies());
  }

  static String tooltip(long count, Map<Verdict, Long> verdicts, List<String> policies) {
    String text = "Observed: " + VerdictCounts.summary(count, verdicts);
    return policies.isEmpty() ? text : text + "\nPolicies: " + String.join(", ", policies);
  }

  /** Marks {@code view} :dropped or :audit by the worst verdict seen. */
  static void mark(Node view, Map<Verdict, Long> verdicts) {
    boolean dropped = verdicts.getOrDefault(Verdict.DROPPED, 0L) > 0;
    view.pseudoClassStateChanged(DROPPED, dropped);
    view.pseudoClassStateChanged(AUDIT, !dropped && verdicts.getOrDefault(Verdict.AUDIT, 0L) > 0);
  }
}
