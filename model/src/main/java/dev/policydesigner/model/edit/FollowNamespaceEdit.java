package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.LayoutPattern;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves a workload's policy into the folder of its namespace when its file lies in another
 * namespace's folder (see {@link LayoutPattern#namespaceOf}). The whole file moves when all its
 * subjects run in that namespace; otherwise only this workload's policy moves, into the file at the
 * new path. A file already at the new path takes the moved policies after its own.
 */
public final class FollowNamespaceEdit extends DiagramEdit {
  private final String workloadId;

  /** Moves the policy of {@code workloadId}, if it lies outside its namespace's folder. */
  public FollowNamespaceEdit(String workloadId) {
    super("Move the policy of " + workloadId + " to its namespace's folder");
    this.workloadId = workloadId;
  }

  /** The path the workload's policy would move to, or empty when it is where it belongs. */
  public static Optional<String> target(Diagram diagram, String workloadId) {
    Optional<Workload> w = diagram.workload(workloadId);
    Optional<PolicyFile> file = diagram.fileOfSubject(workloadId);
    if (w.isEmpty() || file.isEmpty() || !LayoutPattern.isPlainName(w.get().namespace())) {
      return Optional.empty();
    }
    LayoutPattern layout = diagram.settings().layout();
    String path = file.get().path();
    return layout
        .namespaceOf(path)
        .filter(ns -> !ns.equals(w.get().namespace()))
        .flatMap(ns -> layout.withNamespace(path, w.get().namespace()));
  }

  /** Whether the whole file moves (all its subjects run in the workload's namespace). */
  public static boolean movesWholeFile(Diagram diagram, String workloadId) {
    String namespace = diagram.workload(workloadId).map(Workload::namespace).orElse(null);
    return diagram
        .fileOfSubject(workloadId)
        .map(f -> f.subjects().stream().allMatch(s -> inNamespace(diagram, s, namespace)))
        .orElse(false);
  }

  private static boolean inNamespace(Diagram d, PolicySubject s, String namespace) {
    return d.workload(s.workloadId()).map(w -> w.namespace().equals(namespace)).orElse(false);
  }

  @Override
  protected Diagram change(Diagram diagram) {
    Optional<String> target = target(diagram, workloadId);
    if (target.isEmpty()) {
      return diagram;
    }
    PolicyFile file = diagram.fileOfSubject(workloadId).orElseThrow();
    boolean whole = movesWholeFile(diagram, workloadId);
    List<PolicySubject> moving =
        whole
            ? file.subjects()
            : file.subjects().stream().filter(s -> s.workloadId().equals(workloadId)).toList();
    List<PolicySubject> staying =
        file.subjects().stream().filter(s -> !moving.contains(s)).toList();
    return moved(diagram, file, staying, moving, target.get(), whole);
  }

  private static Diagram moved(
      Diagram diagram,
      PolicyFile file,
      List<PolicySubject> staying,
      List<PolicySubject> moving,
      String target,
      boolean whole) {
    boolean targetExists = diagram.file(target).isPresent();
    List<PolicyFile> files = new ArrayList<>();
    for (PolicyFile f : diagram.files()) {
      if (f.path().equals(target)) {
        List<PolicySubject> subjects = new ArrayList<>(f.subjects());
        subjects.addAll(moving);
        files.add(f.withSubjects(subjects));
      } else if (f.path().equals(file.path())) {
        if (!staying.isEmpty()) {
          files.add(f.withSubjects(staying));
        }
        if (!targetExists) {
          files.add(movedFile(diagram, file, moving, target, whole));
        }
      } else {
        files.add(f);
      }
    }
    return diagram.withFiles(files);
  }

  private static PolicyFile movedFile(
      Diagram diagram, PolicyFile file, List<PolicySubject> moving, String target, boolean whole) {
    LayoutPattern layout = diagram.settings().layout();
    String namespace = layout.namespaceOf(target).orElseThrow();
    String kustomization =
        file.kustomization() == null
            ? null
            : layout.withNamespace(file.kustomization(), namespace).orElse(file.kustomization());
    PolicyFile moved =
        new PolicyFile(
            target,
            file.guard(),
            file.defaultDenyStyle(),
            moving,
            kustomization,
            whole ? file.imported() : null);
    return moved;
  }
}
