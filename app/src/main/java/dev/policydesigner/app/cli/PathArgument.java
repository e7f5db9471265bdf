package dev.policydesigner.app.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.TypeConversionException;

/** Paths given on the command line, refused with a clear message when they cannot be one. */
final class PathArgument {
  private PathArgument() {}

  /** {@code text} as a path, for picocli's options and parameters of type {@link Path}. */
  static Path convert(String text) {
    if (text.indexOf('\0') >= 0) {
      throw new TypeConversionException(
          "'" + text.replace('\0', '?') + "' contains a NUL character, which no path can hold");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          "'" + text + "' is not a valid path (" + e.getReason() + ")");
    }
  }

  /** {@code text} as a path; {@code what} names where it was given, e.g. {@code DIAGRAM}. */
  static Path of(String what, String text) {
    try {
      return convert(text);
    } catch (TypeConversionException e) {
      throw new UserInputException(what + ": " + e.getMessage());
    }
  }
}
