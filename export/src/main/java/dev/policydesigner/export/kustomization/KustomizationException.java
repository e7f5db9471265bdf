package dev.policydesigner.export.kustomization;

/** A kustomization template the patcher cannot list an entry in; the message says what to do. */
public class KustomizationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public KustomizationException(String message) {
    super(message);
  }
}
