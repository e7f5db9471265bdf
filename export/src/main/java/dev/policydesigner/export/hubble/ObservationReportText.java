package dev.policydesigner.export.hubble;

import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservedPeer;
import dev.policydesigner.model.observe.Verdict;
import dev.policydesigner.model.observe.VerdictCounts;
import java.util.List;
import java.util.Map;

/**
 * The text form of an {@link ObservationReport}, for {@code observe --format text}: three sections
 * (matched, unmatched, unobserved), one line per entry, new nodes marked {@code (new)}.
 */
public final class ObservationReportText {
  private ObservationReportText() {}

  /** The report as text ending with a newline. */
  public static String write(ObservationReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Matched edges: ").append(report.matched().size()).append('\n');
    for (ObservationReport.Matched m : report.matched()) {
      out.append("  ")
          .append(edge(m.edge()))
          .append(": ")
          .append(counts(m.count(), m.verdicts(), m.policies()))
          .append('\n');
    }
    out.append("Unmatched traffic: ").append(report.unmatched().size()).append('\n');
    for (ObservationReport.Unmatched u : report.unmatched()) {
      out.append("  ")
          .append(peer(u.source()))
          .append(" → ")
          .append(peer(u.destination()))
          .append(' ')
          .append(u.port())
          .append('/')
          .append(u.protocol())
          .append(": ")
          .append(counts(u.count(), u.verdicts(), u.policies()))
          .append('\n');
    }
    out.append("Unobserved edges: ").append(report.unobserved().size()).append('\n');
    for (ObservationReport.Edge e : report.unobserved()) {
      out.append("  ").append(edge(e)).append('\n');
    }
    return out.toString();
  }

  private static String edge(ObservationReport.Edge e) {
    return e.flowId() + " (" + e.from() + " → " + e.to() + ")";
  }

  private static String peer(ObservedPeer p) {
    return p.nodeId().isPresent() || !p.canBecomeNode()
        ? p.description()
        : p.description() + " (new)";
  }

  private static String counts(long count, Map<Verdict, Long> v, List<String> p) {
    String text = VerdictCounts.summary(count, v);
    return p.isEmpty() ? text : text + ", denied by " + String.join(", ", p);
  }
}
