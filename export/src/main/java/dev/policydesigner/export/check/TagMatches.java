package dev.policydesigner.export.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches of a pattern that can only start with a fixed opening ({@code #%}, {@code #{}, {@code
 * #|}), found as {@link Matcher#find()} finds them but trying the pattern only where the opening
 * occurs: a template is mostly plain text, and trying a pattern at every character of every template
 * of a large repo is most of the time a check of its conditions takes.
 */
final class TagMatches {
  private TagMatches() {}

  /** The successive non-overlapping matches of {@code pattern} in {@code text}. */
  static List<MatchResult> of(Pattern pattern, String opening, String text) {
    List<MatchResult> found = new ArrayList<>();
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int at = text.indexOf(opening);
    while (at >= 0) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        found.add(m.toMatchResult());
        at = text.indexOf(opening, Math.max(m.end(), at + 1));
      } else {
        at = text.indexOf(opening, at + 1);
      }
    }
    return found;
  }

  /** {@code text} without the matches of {@code pattern}. */
  static String without(Pattern pattern, String opening, String text) {
    StringBuilder kept = new StringBuilder(text.length());
    int from = 0;
    for (MatchResult r : of(pattern, opening, text)) {
      kept.append(text, from, r.start());
      from = r.end();
    }
    return kept.append(text, from, text.length()).toString();
  }
}
