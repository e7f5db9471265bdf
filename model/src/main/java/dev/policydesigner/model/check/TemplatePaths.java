package dev.policydesigner.model.check;

import java.util.Optional;

/**
 * The rule for the repo-relative paths the designer writes: relative, under {@code templates/},
 * ending in {@code .yaml.j2}, each segment made of lower-case letters, digits, {@code .}, {@code _}
 * and {@code -} (not {@code .} or {@code ..}, not hidden). Such a path can name no other place and
 * no kustomization entry derived from it can carry YAML or template syntax.
 */
public final class TemplatePaths {
  /** The folder every written template is in. */
  public static final String ROOT = "templates/";

  private TemplatePaths() {}

  /**
   * What is wrong with {@code path}, or empty when it is a valid template path.
   *
   * @param what how the path is named in the message, e.g. {@code path} or {@code kustomization}
   */
  public static Optional<String> check(String what, String path) {
    String quoted = KubernetesNames.quote(path);
    String start = what + " " + quoted + " ";
    if (path.isEmpty()) {
      return Optional.of(what + " is empty: give a path such as templates/apps/web/policy.yaml.j2");
    }
    int bad = firstBadCharacter(path);
    if (bad >= 0) {
      return Optional.of(
          start
              + "has "
              + describe(path.charAt(bad))
              + " at column "
              + (bad + 1)
              + ": use only lower-case letters, digits, '.', '_', '-' and '/' between folders");
    }
    if (path.startsWith("/")) {
      return Optional.of(start + "is absolute: write it relative to the repo root");
    }
    if (!path.startsWith(ROOT)) {
      return Optional.of(start + "must be under templates/, where makejinja reads templates");
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()) {
        return Optional.of(start + "has an empty folder name ('//' or a trailing '/')");
      }
      if (segment.equals("..")) {
        return Optional.of(start + "contains '..': it must stay inside the repo");
      }
      if (segment.startsWith(".")) {
        return Optional.of(
            start + "has the hidden name '" + segment + "': names cannot start" + " with '.'");
      }
    }
    if (!path.endsWith(".yaml.j2") || path.endsWith("/.yaml.j2")) {
      return Optional.of(start + "must name a template file ending in .yaml.j2");
    }
    return Optional.empty();
  }

  /** Whether {@code path} is a valid template path. */
  public static boolean isValid(String path) {
    return check("path", path).isEmpty();
  }

  private static int firstBadCharacter(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-'
              || c == '/';
      if (!ok) {
        return i;
      }
    }
    return -1;
  }

  private static String describe(char c) {
    if (c == 0) {
      return "a NUL character";
    }
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return String.format("the control character U+%04X", (int) c);
    }
    if (c >= 'A' && c <= 'Z') {
      return "the upper-case letter '" + c + "'";
    }
    return "'" + c + "'";
  }
}
