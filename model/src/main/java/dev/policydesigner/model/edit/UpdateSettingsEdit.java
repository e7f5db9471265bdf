package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Settings;

/** Changes the diagram's settings. */
public final class UpdateSettingsEdit extends DiagramEdit {
  private final Settings settings;

  /** Sets {@code settings}. */
  public UpdateSettingsEdit(Settings settings) {
    super("Change settings");
    this.settings = settings;
  }

  @Override
  protected Diagram change(Diagram diagram) {
    return diagram.withSettings(settings);
  }
}
