package dev.policydesigner.app.observe;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.edit.AddObservedFlowEdit;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import dev.policydesigner.model.observe.Verdict;
import dev.policydesigner.model.observe.VerdictCounts;
import java.util.ArrayList;
import java.util.List;

/**
 * Observed traffic as problems: traffic without a flow (with <i>Add as flow</i> as quick fix, also
 * for ends that are not on the canvas yet) and flows never observed.
 */
public final class ObservedProblems {
  private ObservedProblems() {}

  /** The problems of {@code report}; none for {@code null}. */
  public static List<Problem> of(ObservationReport report) {
    List<Problem> out = new ArrayList<>();
    if (report == null) {
      return out;
    }
    for (Unmatched u : report.unmatched()) {
      out.add(unmatched(u));
    }
    for (ObservationReport.Edge e : report.unobserved()) {
      out.add(
          Problem.onFlow(
              Severity.INFO,
              "never-observed",
              "Flow "
                  + e.flowId()
                  + " ("
                  + e.from()
                  + " → "
                  + e.to()
                  + ") carried no observed"
                  + " traffic: check it is still needed, or observe for longer.",
              e.flowId(),
              e.from(),
              e.to()));
    }
    return out;
  }

  private static Problem unmatched(Unmatched u) {
    boolean denied = u.verdicts().keySet().stream().anyMatch(Verdict::isDenial);
    String message =
        "Observed traffic without a flow: "
            + u.source().description()
            + " → "
            + u.destination().description()
            + " on "
            + u.port()
            + "/"
            + u.protocol()
            + ", "
            + VerdictCounts.summary(u.count(), u.verdicts())
            + (u.policies().isEmpty() ? "" : "; policies " + String.join(", ", u.policies()))
            + ". Add it as a flow if it is wanted; enforce mode will drop it.";
    String element = u.source().nodeId().or(() -> u.destination().nodeId()).orElse(null);
    Problem problem =
        Problem.onNode(
            denied ? Severity.WARNING : Severity.INFO, "observed-without-flow", message, element);
    if (AddObservedFlowEdit.canAdd(u)) {
      AddObservedFlowEdit edit = new AddObservedFlowEdit(u);
      problem = problem.withFix(new QuickFix(edit.description(), edit::apply));
    }
    return problem;
  }
}
