package dev.policydesigner.app.inspector;

import java.util.function.Function;
import javafx.scene.control.Control;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A table cell edited in a text field that is decorated while its text is invalid; Enter commits
 * only valid text, Escape cancels.
 */
public final class ValidatedCell<S> extends TableCell<S, String> {
  private final Function<String, String> check;
  private TextField field;

  public ValidatedCell(Function<String, String> check) {
    this.check = check;
    getStyleClass().add("validated-cell");
  }

  @Override
  public void startEdit() {
    super.startEdit();
    if (!isEditing()) {
      return;
    }
    field = new TextField(getItem());
    field.getStyleClass().add("cell-editor");
    ValidationSupport validation = new ValidationSupport();
    validation.registerValidator(
        field,
        false,
        (Control c, String v) -> {
          String msg = check.apply(v);
          return ValidationResult.fromErrorIf(c, msg == null ? "" : msg, msg != null);
        });
    field.getProperties().put(ValidationSupport.class, validation);
    field.setOnAction(
        e -> {
          if (check.apply(field.getText()) == null) {
            commitEdit(field.getText());
          }
          e.consume();
        });
    field.setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            cancelEdit();
          }
        });
    setText(null);
    setGraphic(field);
    field.requestFocus();
    field.selectAll();
  }

  @Override
  public void cancelEdit() {
    super.cancelEdit();
    showItem(getItem(), false);
  }

  @Override
  protected void updateItem(String item, boolean empty) {
    super.updateItem(item, empty);
    if (!isEditing()) {
      showItem(item, empty);
    }
  }

  private void showItem(String item, boolean empty) {
    setGraphic(null);
    setText(empty ? null : item);
  }
}
