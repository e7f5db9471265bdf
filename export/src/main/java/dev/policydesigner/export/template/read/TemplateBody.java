package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a template around its documents: the outer guard, {@code set enforce}, and the line
 * ranges of the documents.
 *
 * @param outer the outer guard
 * @param enforceExpression the {@code set enforce} expression, or {@code null}
 * @param documents per document: {first line index, last line index, index of its {@code ---} or
 *     first text line}
 */
record TemplateBody(Guard outer, String enforceExpression, List<int[]> documents) {

  static TemplateBody of(List<TemplateLine> lines) throws TemplateReadException {
    int first = next(lines, 0, 1);
    int last = next(lines, lines.size() - 1, -1);
    if (first < 0) {
      throw new TemplateReadException(0, "the file is empty");
    }
    Guard outer = Guard.ALWAYS;
    if (lines.get(first).isStatement("if") && closes(lines, first, last)) {
      outer = Guard.parse(lines.get(first).statement().argument());
      first++;
      last--;
    }
    String enforce = null;
    List<Integer> starts = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      TemplateLine l = lines.get(i);
      if (l.kind() == LineKind.STATEMENT) {
        enforce = checkStatement(l, enforce);
      } else if (l.isText() && (l.stripped().equals("---") || starts.isEmpty())) {
        starts.add(i);
      }
    }
    List<int[]> documents = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int dash = starts.get(k);
      int start = dash;
      while (start > first && opensDocument(lines.get(start - 1))) {
        start--;
      }
      int end = k + 1 < starts.size() ? startOf(lines, starts.get(k + 1), first) - 1 : last;
      documents.add(new int[] {start, end, dash});
    }
    return new TemplateBody(outer, enforce, documents);
  }

  private static int startOf(List<TemplateLine> lines, int dash, int first) {
    int start = dash;
    while (start > first && opensDocument(lines.get(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean opensDocument(TemplateLine l) {
    return l.kind() == LineKind.BLANK || l.isStatement("if");
  }

  private static String checkStatement(TemplateLine l, String enforce)
      throws TemplateReadException {
    Statement st = l.statement();
    if (st.is("set") && st.argument().matches("enforce\\s*=.*")) {
      return st.argument().substring(st.argument().indexOf('=') + 1).strip();
    }
    if (List.of("if", "elif", "else", "endif").contains(st.keyword())) {
      return enforce;
    }
    throw new TemplateReadException(
        l.number(),
        "#% " + st.keyword() + " %# is not supported by the import; the file is left as it is");
  }

  private static int next(List<TemplateLine> lines, int from, int step) {
    for (int i = from; i >= 0 && i < lines.size(); i += step) {
      if (lines.get(i).kind() != LineKind.BLANK) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the {@code if} at {@code first} is closed exactly by the {@code endif} at last. */
  private static boolean closes(List<TemplateLine> lines, int first, int last) {
    if (!lines.get(last).isStatement("endif")) {
      return false;
    }
    int depth = 0;
    for (int i = first; i <= last; i++) {
      TemplateLine l = lines.get(i);
      if (l.isStatement("if")) {
        depth++;
      } else if (l.isStatement("endif")) {
        depth--;
        if (depth == 0) {
          return i == last;
        }
      } else if (depth == 1 && i > first && (l.isStatement("else") || l.isStatement("elif"))) {
        return false;
      }
    }
    return false;
  }
}
