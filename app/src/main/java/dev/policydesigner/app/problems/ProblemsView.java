package dev.policydesigner.app.problems;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The problems as a table; clicking one selects its node or flow. */
public final class ProblemsView extends TableView<Problem> {
  public ProblemsView(ProblemsViewModel model) {
    super(model.problems());
    setId("problems");
    getStyleClass().add("problems-view");
    setPlaceholder(new Label("No problems found."));
    setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    TableColumn<Problem, String> severity = new TableColumn<>("Severity");
    severity.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().severity()));
    severity.setPrefWidth(90);
    severity.setMaxWidth(110);
    TableColumn<Problem, String> element = new TableColumn<>("Element");
    element.setCellValueFactory(
        c ->
            new ReadOnlyStringWrapper(
                c.getValue().elementId() == null ? "" : c.getValue().elementId()));
    element.setPrefWidth(160);
    TableColumn<Problem, String> message = new TableColumn<>("Problem");
    message.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().message()));
    getColumns().add(severity);
    getColumns().add(element);
    getColumns().add(message);
    getSelectionModel().selectedItemProperty().addListener((o, a, p) -> model.reveal(p));
  }
}
