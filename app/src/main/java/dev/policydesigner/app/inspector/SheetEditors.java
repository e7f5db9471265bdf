package dev.policydesigner.app.inspector;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.control.textfield.TextFields;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.PropertyEditor;

/** Editors of property-sheet rows: validated text fields, with completion where offered. */
final class SheetEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {
  private final DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();

  @Override
  public PropertyEditor<?> call(PropertySheet.Item item) {
    if (item instanceof SheetItem s && s.getType() == String.class) {
      return textEditor(s);
    }
    if (item.getType().isEnum()) {
      return choiceEditor(item);
    }
    return defaults.call(item);
  }

  /** A drop-down of the enum's values in {@link ChoiceWords}. */
  private static PropertyEditor<Object> choiceEditor(PropertySheet.Item item) {
    ComboBox<Object> box =
        new ComboBox<>(FXCollections.observableArrayList(item.getType().getEnumConstants()));
    box.setConverter(new ChoiceWords());
    box.setMaxWidth(Double.MAX_VALUE);
    box.setId("field-" + item.getName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    return new AbstractPropertyEditor<>(item, box) {
      @Override
      protected ObservableValue<Object> getObservableValue() {
        return box.valueProperty();
      }

      @Override
      public void setValue(Object value) {
        box.setValue(value);
      }
    };
  }

  private static PropertyEditor<Object> textEditor(SheetItem item) {
    ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(String.valueOf(item.getValue()));
    item.getObservableValue()
        .ifPresent(v -> v.addListener((o, a, b) -> source.set(b == null ? "" : b.toString())));
    ValidatedTextField field =
        new ValidatedTextField(source.getReadOnlyProperty(), item.check(), item::commit);
    field.setId("field-" + item.getName().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    item.completions()
        .ifPresent(p -> TextFields.bindAutoCompletion(field, r -> p.apply(r.getUserText())));
    return new PropertyEditor<>() {
      @Override
      public Node getEditor() {
        return field;
      }

      @Override
      public Object getValue() {
        return field.getText();
      }

      @Override
      public void setValue(Object value) {
        source.set(value == null ? "" : value.toString());
      }
    };
  }
}
