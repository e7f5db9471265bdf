package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.Problem;
import java.util.Optional;

/** The policy and file a flow's rule lands in: the source's policy, else the destination's. */
record FlowLocation(String file, String policy) {
  static Optional<FlowLocation> of(Diagram diagram, Flow flow) {
    return at(diagram, flow.from()).or(() -> at(diagram, flow.to()));
  }

  static Optional<FlowLocation> at(Diagram diagram, String workloadId) {
    Optional<PolicyFile> file = diagram.fileOfSubject(workloadId);
    Optional<PolicySubject> subject = diagram.subject(workloadId);
    if (file.isEmpty() || subject.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new FlowLocation(file.get().path(), subject.get().policyName()));
  }

  Problem locate(Problem finding) {
    return finding.inPolicy(file, policy);
  }

  /** The finding with the flow's location when it has one. */
  static Problem locate(Diagram diagram, Flow flow, Problem finding) {
    return of(diagram, flow).map(l -> l.locate(finding)).orElse(finding);
  }
}
