package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a workload a policy subject (in the file the layout pattern names, created when missing) or
 * stops it being one.
 */
public final class SubjectEdit extends DiagramEdit {
  private final String workloadId;
  private final boolean subject;

  private SubjectEdit(String workloadId, boolean subject) {
    super(subject ? "Give " + workloadId + " a policy" : "Remove the policy of " + workloadId);
    this.workloadId = workloadId;
    this.subject = subject;
  }

  /** Gives the workload a policy. */
  public static SubjectEdit add(String workloadId) {
    return new SubjectEdit(workloadId, true);
  }

  /** Removes the workload's policy. */
  public static SubjectEdit remove(String workloadId) {
    return new SubjectEdit(workloadId, false);
  }

  /** The path of the file a new policy of {@code w} goes to. */
  public static String defaultPath(Settings settings, Workload w) {
    return settings.layout().pathOf(w);
  }

  @Override
  protected Diagram change(Diagram diagram) {
    Workload w =
        diagram
            .workload(workloadId)
            .orElseThrow(() -> new IllegalArgumentException("no workload " + workloadId));
    if (subject == diagram.isSubject(workloadId)) {
      return diagram;
    }
    return subject ? addSubject(diagram, w) : removeSubject(diagram);
  }

  private static Diagram addSubject(Diagram diagram, Workload w) {
    String path = defaultPath(diagram.settings(), w);
    PolicySubject s = new PolicySubject(w.id(), w.id(), w.name(), "", w.name(), null);
    List<PolicyFile> files = new ArrayList<>();
    boolean added = false;
    for (PolicyFile f : diagram.files()) {
      if (f.path().equals(path)) {
        List<PolicySubject> subjects = new ArrayList<>(f.subjects());
        subjects.add(s);
        f = f.withSubjects(subjects);
        added = true;
      }
      files.add(f);
    }
    if (!added) {
      Settings st = diagram.settings();
      Guard guard = Guard.of(w.condition(), st.enabledConjunct());
      files.add(new PolicyFile(path, guard, st.defaultDenyStyle(), List.of(s), null));
    }
    return diagram.withFiles(files);
  }

  private Diagram removeSubject(Diagram diagram) {
    List<PolicyFile> files = new ArrayList<>();
    for (PolicyFile f : diagram.files()) {
      List<PolicySubject> rest =
          f.subjects().stream().filter(s -> !s.workloadId().equals(workloadId)).toList();
      if (!rest.isEmpty()) {
        files.add(f.withSubjects(rest));
      }
    }
    return diagram.withFiles(files);
  }
}
