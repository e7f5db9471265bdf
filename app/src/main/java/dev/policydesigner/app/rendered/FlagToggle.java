package dev.policydesigner.app.rendered;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One flag of the preview and whether it is on. */
public final class FlagToggle {
  private final String name;
  private final BooleanProperty on;

  public FlagToggle(String name, boolean on) {
    this.name = name;
    this.on = new SimpleBooleanProperty(on);
  }

  public String name() {
    return name;
  }

  public BooleanProperty onProperty() {
    return on;
  }
}
