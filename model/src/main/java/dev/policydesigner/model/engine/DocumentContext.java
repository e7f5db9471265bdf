package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reading one document: typed access to its maps, lists and scalars, the template line of each
 * part, and the problems found on the way.
 */
final class DocumentContext {
  private final SourceDocument document;
  private final List<Problem> problems;

  DocumentContext(SourceDocument document, List<Problem> problems) {
    this.document = document;
    this.problems = problems;
  }

  String file() {
    return document.file();
  }

  /** The template line of a map or list of the tree; the document's line when unknown. */
  int line(Object node) {
    return document.lines().line(node, document.line());
  }

  /** The comment above the rule starting at {@code line}. */
  String commentAbove(int line) {
    return document.lines().commentAbove(line);
  }

  void problem(Object node, String message) {
    problems.add(PolicySet.unread(document.file(), line(node), message));
  }

  /** The map under {@code key}, empty when absent; a problem when it is something else. */
  Map<String, Object> map(Map<String, Object> parent, String key) {
    Object v = parent.get(key);
    if (v == null) {
      return Map.of();
    }
    Map<String, Object> m = asMap(v);
    if (m == null) {
      problem(parent, key + " is not a mapping; it is ignored");
      return Map.of();
    }
    return m;
  }

  /** The list under {@code key}, or {@code null} when absent; a problem when it is not a list. */
  List<Object> list(Map<String, Object> parent, String key) {
    Object v = parent.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof List<?> l) {
      @SuppressWarnings("unchecked")
      List<Object> same = (List<Object>) l; // the tree's own list, so its line can be looked up
      return same;
    }
    problem(parent, key + " is not a list; it is ignored");
    return null;
  }

  /** The list under {@code key}, empty when absent. */
  List<Object> listOrEmpty(Map<String, Object> parent, String key) {
    List<Object> l = list(parent, key);
    return l == null ? List.of() : l;
  }

  /** The scalar under {@code key} as text, or {@code null}. */
  static String string(Map<String, Object> parent, String key) {
    Object v = parent.get(key);
    return v == null || v instanceof Map || v instanceof List ? null : String.valueOf(v);
  }

  /** A map node as {@code Map<String, Object>}, or {@code null} when it is not a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object node) {
    if (!(node instanceof Map<?, ?> m)) {
      return null;
    }
    for (Object k : m.keySet()) {
      if (!(k instanceof String)) {
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((a, b) -> copy.put(String.valueOf(a), b));
        return copy;
      }
    }
    return (Map<String, Object>) m;
  }
}
