package dev.policydesigner.export.walkthrough;

/** A walkthrough could not be written; the message says where, why and what to do. */
public class WalkthroughExportException extends Exception {
  private static final long serialVersionUID = 1L;

  public WalkthroughExportException(String message) {
    super(message);
  }

  public WalkthroughExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
