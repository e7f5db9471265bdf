package dev.policydesigner.app.inspector;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

/** The add and remove buttons under a table editor. */
final class TableButtons {
  private TableButtons() {}

  static HBox of(
      String what, TableView<?> table, Runnable add, java.util.function.IntConsumer remove) {
    Button plus = new Button("Add " + what);
    plus.setId("add-" + what);
    plus.getStyleClass().add("small-button");
    plus.setOnAction(e -> add.run());
    Button minus = new Button("Remove");
    minus.setId("remove-" + what);
    minus.getStyleClass().add("small-button");
    minus.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
    minus.setOnAction(e -> remove.accept(table.getSelectionModel().getSelectedIndex()));
    HBox box = new HBox(6, plus, minus);
    box.getStyleClass().add("table-buttons");
    return box;
  }

  static void fitRows(TableView<?> table) {
    table.setFixedCellSize(26);
    table
        .prefHeightProperty()
        .bind(
            javafx.beans.binding.Bindings.size(table.getItems())
                .multiply(26)
                .add(30)
                .map(h -> Math.max(82, Math.min(220, h.doubleValue()))));
  }
}
