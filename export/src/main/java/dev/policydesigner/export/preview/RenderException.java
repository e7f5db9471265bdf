package dev.policydesigner.export.preview;

/**
 * A template that cannot be rendered: the message names the problem and, when known, the line of
 * the template.
 */
public final class RenderException extends Exception {
  private final int line;

  /** A failure at {@code line} (1-based; 0 or less when unknown). */
  public RenderException(String message, int line) {
    super(message);
    this.line = line;
  }

  /** The 1-based line of the template, or 0 when unknown. */
  public int line() {
    return Math.max(line, 0);
  }
}
