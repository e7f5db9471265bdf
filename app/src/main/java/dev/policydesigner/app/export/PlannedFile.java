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
    NEW("new", "The file does not exist yet: it will be created."),
    CHANGED("changed", "The designer wrote this file before; it will be updated."),
    UNCHANGED("unchanged", "The file already holds exactly this text."),
    /** Changed by hand since the designer wrote it: replaced only with the user's consent. */
    CONFLICT(
        "edited by hand",
        "Someone changed this file by hand: it is replaced only if you tick it in the diff.");

    private final String word;
    private final String explanation;

    Status(String word, String explanation) {
      this.word = word;
      this.explanation = explanation;
    }

    /** How the status reads in the plan: "new", "edited by hand". */
    public String word() {
      return word;
    }

    /** What writing does to a file in this status. */
    public String explanation() {
      return explanation;
    }
  }
}
