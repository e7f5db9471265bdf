package dev.policydesigner.model.check;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks one policy file: its path, guard and subjects. */
final class FileValidator {
  private final PolicyFile file;
  private final Diagram diagram;
  private final Map<String, String> fileOfSubject;
  private final List<Problem> out;

  /**
   * @param fileOfSubject workload ids already seen as subjects, with their file; updated here
   */
  FileValidator(
      PolicyFile file, Diagram diagram, Map<String, String> fileOfSubject, List<Problem> out) {
    this.file = file;
    this.diagram = diagram;
    this.fileOfSubject = fileOfSubject;
    this.out = out;
  }

  void validate() {
    path("path", file.path()).ifPresent(m -> add(Problem.error("invalid-path", m), null));
    if (file.kustomization() != null) {
      path("kustomization", file.kustomization())
          .ifPresent(m -> add(Problem.error("invalid-path", m), null));
    }
    for (String conjunct : file.guard().conjuncts()) {
      KubernetesNames.jinjaCondition(conjunct)
          .ifPresent(m -> add(Problem.error("invalid-value", "guard " + m), null));
    }
    for (PolicySubject subject : file.subjects()) {
      subject(subject);
    }
  }

  private void subject(PolicySubject subject) {
    String id = subject.workloadId();
    String policy = subject.policyName();
    if (diagram.workload(id).isEmpty()) {
      String what = diagram.node(id).isPresent() ? "is not a workload" : "is not in the diagram";
      add(
          Problem.error(
                  "unknown-subject",
                  "policy "
                      + KubernetesNames.quote(policy)
                      + " selects "
                      + KubernetesNames.quote(id)
                      + ", which "
                      + what
                      + "; only workloads can have a policy")
              .atNode(id),
          policy);
    }
    String earlier = fileOfSubject.putIfAbsent(id, file.path());
    if (earlier != null) {
      add(
          Problem.error(
                  "duplicate-subject",
                  diagram.node(id).map(Descriptions::node).orElse(KubernetesNames.quote(id))
                      + " is a policy subject in "
                      + (earlier.equals(file.path()) ? "this file twice" : "both " + earlier)
                      + "; a workload gets one policy, remove one of them")
              .atNode(id),
          policy);
    }
    KubernetesNames.objectName(policy)
        .ifPresent(m -> add(Problem.error("invalid-value", "policy " + m).atNode(id), policy));
  }

  private static Optional<String> path(String what, String path) {
    return TemplatePaths.check(what, path);
  }

  private void add(Problem problem, String policy) {
    Problem located = problem.atFile(file.path(), null);
    out.add(policy == null ? located : located.inPolicy(policy));
  }
}
