package dev.policydesigner.app.inspector;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A text field that commits on Enter or when it loses focus, and only valid text: invalid text is
 * decorated and kept in the field while the model keeps its last valid value. Escape reverts.
 */
public final class ValidatedTextField extends TextField {
  private final ObservableValue<String> source;
  private final Function<String, String> check;
  private final ValidationSupport validation = new ValidationSupport();

  public ValidatedTextField(
      ObservableValue<String> source, Function<String, String> check, Predicate<String> commit) {
    this.source = source;
    this.check = check;
    getStyleClass().add("validated-field");
    setText(source.getValue());
    validation.registerValidator(
        this,
        false,
        (Control c, String v) -> {
          String msg = check.apply(v);
          return ValidationResult.fromErrorIf(c, msg == null ? "" : msg, msg != null);
        });
    source.addListener(
        (o, a, v) -> {
          if (!isFocused() || check.apply(getText()) == null) {
            setText(v);
          }
        });
    setOnAction(e -> commitIfValid(commit));
    focusedProperty()
        .addListener(
            (o, was, now) -> {
              if (!now) {
                commitIfValid(commit);
              }
            });
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ESCAPE) {
            setText(source.getValue());
          }
        });
  }

  private void commitIfValid(Predicate<String> commit) {
    String text = getText();
    if (check.apply(text) == null && !text.equals(source.getValue())) {
      commit.test(text);
    }
  }

  /** Whether the text currently shown is refused. */
  public boolean isInvalid() {
    return check.apply(getText()) != null;
  }

  public ValidationSupport validation() {
    return validation;
  }
}
