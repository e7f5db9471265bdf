package dev.policydesigner.export.plan;

/** What an export does to one file. */
public enum FileStatus {
  /** The file does not exist yet. */
  CREATED,
  /** The file exists, was written by the designer, and changes. */
  UPDATED,
  /** The file already holds exactly these bytes. */
  UNCHANGED,
  /** The file exists, differs, and was changed by hand: replaced only when asked to overwrite. */
  CONFLICT
}
