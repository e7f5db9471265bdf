package dev.policydesigner.export.template.read;

/** A template that cannot be read: the message names the line and what is wrong. */
public final class TemplateReadException extends Exception {
  private static final long serialVersionUID = 1L;
  private final int line;

  /** A problem at a 1-based line ({@code 0} when the whole file is concerned). */
  public TemplateReadException(int line, String message) {
    super(message);
    this.line = line;
  }

  /** The 1-based line, or {@code 0} for the whole file. */
  public int line() {
    return line;
  }
}
