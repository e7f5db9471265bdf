package dev.policydesigner.model.engine;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where the parts of a parsed document came from: the template line of each mapping and sequence
 * node of the tree (looked up by identity), and the comment written above a template line. Filled
 * by whoever parses the rendered text; read-only for the engine.
 */
public final class SourceLines {
  private final Map<Object, Integer> lines = new IdentityHashMap<>();
  private Map<Integer, String> comments = new HashMap<>();
  private boolean commentsShared;

  /**
   * A copy with the same lines and comments, to fill further. The comments (the same for every
   * document of a file) are shared until one side records another.
   */
  public SourceLines copy() {
    SourceLines c = new SourceLines();
    c.lines.putAll(lines);
    c.comments = comments;
    c.commentsShared = true;
    commentsShared = true;
    return c;
  }

  /** Records that {@code node} (a map or list of the tree) starts on template line {@code line}. */
  public void put(Object node, int line) {
    if (node != null && line > 0) {
      lines.put(node, line);
    }
  }

  /** Records the comment above template line {@code line}. */
  public void comment(int line, String text) {
    if (commentsShared) {
      comments = new HashMap<>(comments);
      commentsShared = false;
    }
    comments.put(line, text);
  }

  /** The template line of {@code node}, or {@code fallback} when not known. */
  public int line(Object node, int fallback) {
    Integer l = node == null ? null : lines.get(node);
    return l == null ? fallback : l;
  }

  /** The comment above template line {@code line}, or empty. */
  public String commentAbove(int line) {
    return comments.getOrDefault(line, "");
  }
}
