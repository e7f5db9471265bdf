package dev.policydesigner.model.check;

import java.util.Objects;

/**
 * A place in a file that a {@link Problem} concerns.
 *
 * @param file repo-relative path of a policy file, or the name of a file being read
 * @param line 1-based line, or {@code 0} when the problem concerns the whole file
 * @param column 1-based column, or {@code 0} when only the line is known
 */
public record SourceLocation(String file, int line, int column) {
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0 || (line == 0 && column > 0)) {
      throw new IllegalArgumentException("bad position " + line + ":" + column + " in " + file);
    }
  }

  /** The whole file. */
  public static SourceLocation of(String file) {
    return new SourceLocation(file, 0, 0);
  }

  /** A line of the file; {@code null} or {@code 0} for the whole file. */
  public static SourceLocation of(String file, Integer line) {
    return new SourceLocation(file, line == null ? 0 : line, 0);
  }

  /** Whether a line is known. */
  public boolean hasLine() {
    return line > 0;
  }

  /** {@code file:line:column}, {@code file:line} or {@code file}, as far as known. */
  @Override
  public String toString() {
    if (line == 0) {
      return file;
    }
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
