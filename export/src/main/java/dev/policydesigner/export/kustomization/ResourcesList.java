package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Guard;
import java.util.regex.Pattern;

/**
 * Where the {@code resources:} list of a kustomization template is: its key line, the indentation
 * of its items and the line after its last item at the key's nesting level (after nested guarded
 * groups, before the enclosing block's {@code #% endif %#}).
 */
final class ResourcesList {
  private static final Pattern RESOURCES = Pattern.compile("^resources:\\s*(#.*)?$");
  private static final Pattern KIND = Pattern.compile("^kind:\\s*Kustomization\\s*(#.*)?$");

  private ResourcesList() {}

  /**
   * The {@code resources:} line whose enclosing guard {@code fileGuard} implies, the most specific
   * one if several are; else the first; -1 if there is none.
   */
  static int find(TextLines lines, BlockStructure blocks, Guard fileGuard) {
    int first = -1;
    int best = -1;
    int bestSize = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!RESOURCES.matcher(lines.content(i)).matches()) {
        continue;
      }
      first = first < 0 ? i : first;
      Guard enclosing = blocks.guardAt(i);
      if (Conditions.minus(enclosing, fileGuard).isAlways()
          && enclosing.conjuncts().size() > bestSize) {
        best = i;
        bestSize = enclosing.conjuncts().size();
      }
    }
    return best >= 0 ? best : first;
  }

  /** The {@code kind: Kustomization} line, or -1. */
  static int findKind(TextLines lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (KIND.matcher(lines.content(i)).matches()) {
        return i;
      }
    }
    return -1;
  }

  /** The index to insert a new item at: after the last line of the list that starts at anchor. */
  static int end(TextLines lines, int anchor) {
    int depth = 0;
    int last = anchor;
    for (int i = anchor + 1; i < lines.size(); i++) {
      String line = lines.content(i);
      Directive tag = Directive.of(line).orElse(null);
      if (tag != null) {
        if (tag.opens()) {
          depth++;
        } else if (depth == 0 && (tag.closes() || tag.branches())) {
          break;
        } else if (tag.closes()) {
          depth--;
          last = depth == 0 ? i : last;
        }
        continue;
      }
      if (isOtherKey(line)) {
        break; // another key, also inside a group that opened after the list
      }
      if (depth == 0 && isItemLine(line)) {
        last = i;
      }
    }
    return last + 1;
  }

  /** The indentation of the list's items ({@code " "} when the list has none). */
  static String indent(TextLines lines, int anchor) {
    int end = end(lines, anchor);
    for (int i = anchor + 1; i < end; i++) {
      String line = lines.content(i);
      String stripped = line.stripLeading();
      if (stripped.startsWith("- ") || stripped.equals("-")) {
        return line.substring(0, line.length() - stripped.length());
      }
    }
    return "  ";
  }

  private static boolean isItemLine(String line) {
    return !line.isBlank()
        && (Character.isWhitespace(line.charAt(0)) || line.startsWith("- ") || line.equals("-"));
  }

  private static boolean isOtherKey(String line) {
    if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
      return false;
    }
    if (line.startsWith("---") || line.startsWith("...")) {
      return true;
    }
    return !line.startsWith("-") && !line.startsWith("#");
  }
}
