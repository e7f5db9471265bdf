package dev.policydesigner.model.simulate;

/** A Jinja condition the simulator cannot evaluate: a syntax error or an unsupported construct. */
public final class ConditionException extends Exception {
  /** A failure described by {@code message}, which quotes the expression. */
  public ConditionException(String message) {
    super(message);
  }
}
