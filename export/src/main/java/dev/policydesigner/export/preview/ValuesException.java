package dev.policydesigner.export.preview;

/** Values that cannot be read: a values file that is not YAML, or an override not {@code k=v}. */
public final class ValuesException extends Exception {
  /** A failure described by {@code message} (it names the file and line, or the override). */
  public ValuesException(String message) {
    super(message);
  }
}
