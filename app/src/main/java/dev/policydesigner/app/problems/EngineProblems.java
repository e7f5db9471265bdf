package dev.policydesigner.app.problems;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * Keeps the engine's findings in a document's Problems list: after each edit (or a change of its
 * checkout) and a short pause, renders and checks the diagram off the UI thread and shows the
 * findings of the latest diagram only. Rendering every template on each keystroke would make
 * editing large diagrams sluggish.
 */
public final class EngineProblems {
  /** The Problems list group the findings go to. */
  public static final String GROUP = "engine";

  private static final ExecutorService WORKER =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "engine-checks");
            t.setDaemon(true);
            return t;
          });

  private final Document document;
  private final ProblemsViewModel problems;
  private final EngineProblemSource source;
  private final PauseTransition pause = new PauseTransition(Duration.millis(250));
  private long generation;

  /**
   * Starts keeping {@code problems} up to date with {@code source}'s findings on {@code document}.
   */
  public EngineProblems(Document document, ProblemsViewModel problems, EngineProblemSource source) {
    this.document = document;
    this.problems = problems;
    this.source = source;
    pause.setOnFinished(e -> check());
    document.diagramProperty().addListener((o, a, b) -> pause.playFromStart());
    document.repoProperty().addListener((o, a, b) -> pause.playFromStart());
    check();
  }

  private void check() {
    long mine = ++generation;
    Diagram diagram = document.current();
    Path repo = document.repoProperty().get();
    WORKER.submit(
        () -> {
          List<Problem> found = findings(diagram, repo);
          Platform.runLater(
              () -> {
                if (mine == generation) {
                  problems.setExtraProblems(GROUP, found);
                }
              });
        });
  }

  private List<Problem> findings(Diagram diagram, Path repo) {
    try {
      return source.check(diagram, repo);
    } catch (RuntimeException e) {
      return List.of(
          Problem.of(
              Severity.WARNING,
              "engine-unavailable",
              "The rendered templates could not be checked: " + e.getMessage()));
    }
  }
}
