package dev.policydesigner.export.check;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.lint.DiagramChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gives problems the line they concern: a flow's problem the lines of its egress rule (in the
 * source's policy) and its ingress rule (in the destination's policy) — for a flow allowed on one
 * side only, the rule it has, then the policy that lacks the other; a workload's problem its policy
 * (or the first rule naming it); a policy's problem its {@code metadata.name} line. When the
 * problem named a file, a place in that file comes first. Problems with a line are kept.
 */
public final class ProblemLocator {
  private final Diagram diagram;
  private final TemplateLines lines;

  /** A locator for problems of {@code diagram} whose templates sit at {@code lines}. */
  public ProblemLocator(Diagram diagram, TemplateLines lines) {
    this.diagram = diagram;
    this.lines = lines;
  }

  /** A locator for problems of {@code diagram} in its templates as the designer writes them. */
  public static ProblemLocator of(Diagram diagram) {
    return new ProblemLocator(diagram, WrittenTemplateLines.of(diagram));
  }

  /** Every check of the diagram, located in the templates as the designer writes them. */
  public static List<Problem> checks(Diagram diagram) {
    return of(diagram).locate(DiagramChecks.of(diagram));
  }

  /** The problems, each located as far as the lines tell. */
  public List<Problem> locate(List<Problem> problems) {
    List<Problem> located = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      located.add(p.line() != null ? p : locate(p));
    }
    return located;
  }

  private Problem locate(Problem p) {
    List<SourceLocation> places = new ArrayList<>();
    if (p.flowId() != null) {
      diagram.flow(p.flowId()).ifPresent(f -> places.addAll(flowPlaces(f, p.file())));
    }
    if (places.isEmpty() && p.file() != null) {
      Optional<SourceLocation> policy =
          p.policy() == null ? Optional.empty() : lines.policy(p.file(), p.policy());
      policy.or(() -> lines.firstPolicy(p.file())).ifPresent(places::add);
    }
    if (places.isEmpty() && p.nodeId() != null) {
      nodePlace(p.nodeId()).ifPresent(places::add);
    }
    return places.isEmpty() ? p : p.at(places);
  }

  /**
   * The flow's rules (the one in {@code file} first), then the policy of a side that has no rule
   * for it.
   */
  private List<SourceLocation> flowPlaces(Flow f, String file) {
    Optional<SourceLocation> egress = lines.rule(f.id(), Direction.EGRESS);
    Optional<SourceLocation> ingress = lines.rule(f.id(), Direction.INGRESS);
    List<SourceLocation> rules = new ArrayList<>();
    egress.ifPresent(rules::add);
    ingress.ifPresent(rules::add);
    List<SourceLocation> places = primaryFirst(rules, file);
    if (egress.isEmpty()) {
      subjectPolicy(f.from()).ifPresent(places::add);
    }
    if (ingress.isEmpty()) {
      subjectPolicy(f.to()).ifPresent(places::add);
    }
    return places;
  }

  private Optional<SourceLocation> nodePlace(String nodeId) {
    Optional<SourceLocation> own = subjectPolicy(nodeId);
    if (own.isPresent()) {
      return own;
    }
    for (Flow f : diagram.flowsTouching(nodeId)) {
      Direction d = f.from().equals(nodeId) ? Direction.INGRESS : Direction.EGRESS;
      Optional<SourceLocation> rule = lines.rule(f.id(), d);
      if (rule.isPresent()) {
        return rule;
      }
    }
    return Optional.empty();
  }

  private Optional<SourceLocation> subjectPolicy(String workloadId) {
    Optional<PolicyFile> file = diagram.fileOfSubject(workloadId);
    Optional<PolicySubject> subject = diagram.subject(workloadId);
    if (file.isEmpty() || subject.isEmpty()) {
      return Optional.empty();
    }
    return lines.policy(file.get().path(), subject.get().policyName());
  }

  private static List<SourceLocation> primaryFirst(List<SourceLocation> places, String file) {
    List<SourceLocation> ordered = new ArrayList<>();
    places.stream().filter(l -> l.file().equals(file)).findFirst().ifPresent(ordered::add);
    places.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
    return ordered;
  }
}
