package dev.policydesigner.export.check;

import dev.policydesigner.export.preview.RenderException;

/** A template a check needed to render failed to render. */
final class UnrenderableTemplateException extends Exception {
  private final String path;
  private final int line;

  UnrenderableTemplateException(String path, RenderException cause) {
    super(cause.getMessage(), cause);
    this.path = path;
    this.line = cause.line();
  }

  String path() {
    return path;
  }

  /** The 1-based line, or 0 when unknown. */
  int line() {
    return line;
  }
}
