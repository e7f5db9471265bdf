package dev.policydesigner.export.diagram.image;

import java.util.regex.Pattern;

/**
 * A condition as people read it on a diagram: {@code monitoring_enabled} instead of {@code
 * monitoring_enabled | default(false)}.
 */
final class ConditionText {
  private static final Pattern DEFAULT_FILTER =
      Pattern.compile("\\s*\\|\\s*(default|d|bool)(\\s*\\([^()]*\\))?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private ConditionText() {}

  /** The expression without {@code default(…)} and {@code bool} filters and extra spaces. */
  static String shorten(String condition) {
    if (condition == null) {
      return "";
    }
    String s = DEFAULT_FILTER.matcher(condition).replaceAll("");
    return SPACES.matcher(s).replaceAll(" ").strip();
  }
}
