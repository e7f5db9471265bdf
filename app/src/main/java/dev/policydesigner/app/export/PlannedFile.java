package dev.policydesigner.app.export;

/**
 * One file an export would touch.
 *
 * @param path repo-relative path
 * @param before current content, or {@code null} when the file does not exist yet
 * @param after content the export writes
 * @param status what happens to the file
 */
public record PlannedFile(String path, String before, String after, Status status) {
  /** What an export does to a file. */
  public enum Status {
    NEW,
    CHANGED,
    UNCHANGED,
    /** Changed by hand since the designer wrote it: replaced only with the user's consent. */
    CONFLICT
  }
}
