package dev.policydesigner.app.shell;

import dev.policydesigner.app.matrix.MatrixViewModel;
import dev.policydesigner.app.matrix.MatrixWindow;
import dev.policydesigner.app.rendered.RenderFlags;
import dev.policydesigner.app.simulate.AllowedQueryDialog;
import dev.policydesigner.app.simulate.AllowedQueryViewModel;
import dev.policydesigner.app.simulate.EndpointPair;
import dev.policydesigner.export.preview.ValuesException;
import dev.policydesigner.export.preview.ValuesSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Tools on the active document: the "would this be allowed?" question. */
public final class ToolActions {
  private final MainWindow window;

  ToolActions(MainWindow window) {
    this.window = window;
  }

  /** Asks about the two selected nodes, or explains that two nodes must be selected. */
  public void wouldBeAllowed() {
    window
        .active()
        .ifPresent(
            v ->
                queryFor(v)
                    .ifPresentOrElse(
                        m -> new AllowedQueryDialog(window.stage(), m).show(),
                        () ->
                            Dialogs.info(
                                window.stage(),
                                "Select two nodes",
                                "Select the source and the destination (Shift-click the second one), then ask"
                                    + " again.")));
  }

  /** Asks whether traffic from {@code from} to {@code to} would be allowed. */
  public void simulate(DocumentView view, String from, String to) {
    var d = view.document().current();
    new AllowedQueryDialog(window.stage(), new AllowedQueryViewModel(d, from, to, repoValues(view)))
        .show();
  }

  /** Opens the connectivity matrix of the active document as it ships. */
  public void connectivityMatrix() {
    window.active().ifPresent(v -> matrixFor(v).show());
  }

  /** The matrix window of a document view (its diagram, checkout and repo values). */
  static MatrixWindow matrixFor(DocumentView view) {
    MatrixViewModel model =
        new MatrixViewModel(
            view.document().current(), DocumentCheckout.policies(view), matrixValues(view));
    return new MatrixWindow(view.getScene().getWindow(), model);
  }

  /** The repo's values with every flag of the diagram on unless the repo sets it. */
  private static Map<String, Object> matrixValues(DocumentView view) {
    Map<String, Object> values = new java.util.HashMap<>(repoValues(view));
    RenderFlags.of(view.document().current(), values).forEach(values::putIfAbsent);
    return values;
  }

  /** The question about the view's two selected nodes, if exactly two are selected. */
  public static Optional<AllowedQueryViewModel> queryFor(DocumentView view) {
    var d = view.document().current();
    return EndpointPair.of(d, view.document().selection().ids())
        .map(
            p ->
                new AllowedQueryViewModel(
                    d, p.from(), p.to(), repoValues(view), DocumentCheckout.policies(view)));
  }

  private static Map<String, Object> repoValues(DocumentView view) {
    Path repo = view.document().repoProperty().get();
    if (repo == null) {
      return Map.of();
    }
    try {
      return ValuesSource.ofRepo(repo).values();
    } catch (ValuesException e) {
      return Map.of();
    }
  }
}
