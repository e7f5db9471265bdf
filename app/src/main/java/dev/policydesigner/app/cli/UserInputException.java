package dev.policydesigner.app.cli;

/** Bad input from the user: printed as {@code error: <message>} without a stack trace. */
public class UserInputException extends RuntimeException {
  private final int exitCode;

  public UserInputException(String message) {
    this(message, ExitCodes.BAD_INPUT);
  }

  public UserInputException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
