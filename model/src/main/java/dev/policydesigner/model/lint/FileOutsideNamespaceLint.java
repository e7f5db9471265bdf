package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.edit.FollowNamespaceEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code file-outside-namespace}: a policy's file lies in the folder of another namespace than its
 * workload's (the layout pattern says which folder names the namespace). In the usual GitOps layout
 * the namespace's kustomization puts everything below its folder into that namespace, so the policy
 * would land where its workload does not run and select nothing. The quick fix moves the file (or,
 * when the file also holds policies of that other namespace, just this policy).
 */
public final class FileOutsideNamespaceLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "file-outside-namespace";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (PolicyFile file : diagram.files()) {
      for (PolicySubject s : file.subjects()) {
        Optional<Workload> w = diagram.workload(s.workloadId());
        Optional<String> target = FollowNamespaceEdit.target(diagram, s.workloadId());
        boolean inThisFile =
            diagram.fileOfSubject(s.workloadId()).map(f -> f == file).orElse(false);
        if (w.isPresent() && target.isPresent() && inThisFile) {
          findings.add(finding(diagram, file, s, w.get(), target.get()));
        }
      }
    }
    return findings;
  }

  private static Problem finding(
      Diagram diagram, PolicyFile file, PolicySubject s, Workload w, String target) {
    String folder = diagram.settings().layout().namespaceOf(file.path()).orElseThrow();
    boolean whole = FollowNamespaceEdit.movesWholeFile(diagram, w.id());
    String message =
        "The policy "
            + s.policyName()
            + " is written to "
            + file.path()
            + ", in the folder of namespace "
            + folder
            + ", but "
            + w.name()
            + " runs in namespace "
            + w.namespace()
            + ". A namespace kustomization there would put the policy into "
            + folder
            + ", where it selects nothing; move it to "
            + target
            + "."
            + (file.importedFile().isPresent()
                ? " The file was imported: after exporting, delete the old file and its"
                    + " kustomization entry in the repo."
                : "");
    String fix = (whole ? "Move the file to " : "Move the policy of " + w.name() + " to ") + target;
    String id = w.id();
    return Problem.onNode(Severity.WARNING, CODE, message, id)
        .inPolicy(file.path(), s.policyName())
        .withFix(new QuickFix(fix, d -> new FollowNamespaceEdit(id).apply(d)));
  }
}
