package dev.policydesigner.app.shell;

/** The look of the window: as the system's, or light or dark whatever the system's. */
public enum Theme {
  /** Light or dark as the desktop is set. */
  SYSTEM,
  /** The light theme. */
  LIGHT,
  /** The dark theme. */
  DARK
}
