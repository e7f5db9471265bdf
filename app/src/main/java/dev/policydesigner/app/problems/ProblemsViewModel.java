package dev.policydesigner.app.problems;

import dev.policydesigner.app.document.Document;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The problems of the document's diagram, rechecked after every edit. */
public final class ProblemsViewModel {
  private final Document document;
  private final ObservableList<Problem> problems = FXCollections.observableArrayList();
  private final ObservableList<Problem> problemsView =
      FXCollections.unmodifiableObservableList(problems);

  public ProblemsViewModel(Document document, ProblemSource source) {
    this.document = document;
    document.diagramProperty().addListener((o, a, d) -> problems.setAll(source.check(d)));
    problems.setAll(source.check(document.current()));
  }

  public ObservableList<Problem> problems() {
    return problemsView;
  }

  /** Selects the element a problem concerns. */
  public void reveal(Problem problem) {
    if (problem != null && problem.elementId() != null) {
      document.selection().selectOnly(problem.elementId());
    }
  }
}
