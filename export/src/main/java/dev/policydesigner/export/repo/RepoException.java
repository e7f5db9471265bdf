package dev.policydesigner.export.repo;

/**
 * A problem with the repo checkout the user can fix: the message names the file (and line where
 * there is one) and says what to do.
 */
public class RepoException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A problem described by {@code message}. */
  public RepoException(String message) {
    super(message);
  }

  /** A problem described by {@code message}, caused by {@code cause}. */
  public RepoException(String message, Throwable cause) {
    super(message, cause);
  }
}
