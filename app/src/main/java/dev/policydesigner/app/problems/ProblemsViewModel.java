package dev.policydesigner.app.problems;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.edit.ReplaceDiagramEdit;
import dev.policydesigner.model.lint.DiagramChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The problems of the document's diagram, rechecked after every edit, with the engine's findings on
 * its rendered templates merged in by severity (as {@code check} prints them), followed by problems
 * found elsewhere: when the diagram was imported, and in observed traffic.
 */
public final class ProblemsViewModel {
  private final Document document;
  private final ProblemSource source;
  private final Map<String, List<Problem>> extra = new LinkedHashMap<>();
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final ObservableList<Problem> problemsView =
      FXCollections.unmodifiableObservableList(problems);

  public ProblemsViewModel(Document document, ProblemSource source) {
    this.document = document;
    this.source = source;
    document.diagramProperty().addListener((o, a, d) -> refresh());
    refresh();
  }

  private void refresh() {
    List<Problem> own = new ArrayList<>(source.check(document.current()));
    own.addAll(extra.getOrDefault(EngineProblems.GROUP, List.of()));
    List<Problem> all = new ArrayList<>(DiagramChecks.bySeverity(own));
    extra.forEach(
        (group, list) -> {
          if (!group.equals(EngineProblems.GROUP)) {
            all.addAll(list);
          }
        });
    problems.setAll(all);
  }

  public ObservableList<Problem> problems() {
    return problemsView;
  }

  /** Shows these problems of reading the diagram's templates after the diagram's own. */
  public void setImportProblems(List<Problem> importProblems) {
    setExtraProblems("import", importProblems);
  }

  /**
   * Shows problems found outside the diagram (import, observed traffic) after its own, in groups
   * that each replace their previous list.
   */
  public void setExtraProblems(String group, List<Problem> groupProblems) {
    extra.put(group, List.copyOf(groupProblems));
    refresh();
  }

  /** Selects the element a problem concerns. */
  public void reveal(Problem problem) {
    if (problem != null && problem.elementId() != null) {
      document.selection().selectOnly(problem.elementId());
    }
  }

  /** Applies the problem's quick fix as one undoable edit; false when it has none or fails. */
  public boolean applyFix(Problem problem) {
    if (problem == null || problem.fix().isEmpty()) {
      return false;
    }
    QuickFix fix = problem.fix().get();
    return document.perform(new ReplaceDiagramEdit(fix.description(), fix.change()));
  }
}
