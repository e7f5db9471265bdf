package dev.policydesigner.app.inspector;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/**
 * One row of a property sheet: reads a view-model property and hands accepted input to a view-model
 * command. Text rows may carry a check (message or {@code null}) and completions.
 */
public final class SheetItem implements PropertySheet.Item {
  private final String name;
  private final String description;
  private final Class<?> type;
  private final ObservableValue<?> source;
  private final Predicate<Object> commit;
  private Function<String, String> check = s -> null;
  private Function<String, java.util.Collection<String>> completions;

  @SuppressWarnings("unchecked")
  public <T> SheetItem(
      String name,
      String description,
      Class<T> type,
      ObservableValue<T> source,
      Predicate<T> commit) {
    this.name = name;
    this.description = description;
    this.type = type;
    this.source = source;
    this.commit = v -> commit.test((T) v);
  }

  /** Adds a check of typed text: {@code null} when valid, else the message shown. */
  public SheetItem checkedBy(Function<String, String> rule) {
    this.check = rule;
    return this;
  }

  /** Offers completions of typed text (the full replacement texts). */
  public SheetItem completedBy(Function<String, java.util.Collection<String>> provider) {
    this.completions = provider;
    return this;
  }

  public Function<String, String> check() {
    return check;
  }

  public Optional<Function<String, java.util.Collection<String>>> completions() {
    return Optional.ofNullable(completions);
  }

  /** Hands {@code value} to the view-model; false when it was refused. */
  public boolean commit(Object value) {
    return commit.test(value);
  }

  @Override
  public Class<?> getType() {
    return type;
  }

  @Override
  public String getCategory() {
    return "";
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public Object getValue() {
    return source.getValue();
  }

  @Override
  public void setValue(Object value) {
    if (value != null && !value.equals(source.getValue())) {
      commit(value);
    }
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Optional<ObservableValue<? extends Object>> getObservableValue() {
    return Optional.of((ObservableValue) source);
  }
}
