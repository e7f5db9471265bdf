package dev.policydesigner.app.problems;

import java.util.Arrays;
import java.util.Collection;

/**
 * The short name of a problem's place for the Problems tab: the file name and line, with as many of
 * its folders as it takes to tell it from the other files of the list (a realistic checkout has
 * dozens of {@code networkpolicy.yaml.j2}).
 */
final class PlaceNames {
  private PlaceNames() {}

  /**
   * {@code where} ({@code file:line[:column]}, or a flow or node id) shortened against {@code
   * files}, the repo paths of the other problems.
   */
  static String shortName(String where, Collection<String> files) {
    int slash = where.lastIndexOf('/');
    if (slash < 0) {
      return where;
    }
    int colon = where.indexOf(':', slash);
    String path = colon < 0 ? where : where.substring(0, colon);
    String rest = colon < 0 ? "" : where.substring(colon);
    String[] segments = path.split("/");
    for (int k = 1; k < segments.length; k++) {
      String suffix =
          String.join("/", Arrays.copyOfRange(segments, segments.length - k, segments.length));
      boolean unique =
          files.stream()
              .filter(f -> !f.equals(path))
              .noneMatch(f -> f.equals(suffix) || f.endsWith("/" + suffix));
      if (unique) {
        return suffix + rest;
      }
    }
    return where;
  }
}
