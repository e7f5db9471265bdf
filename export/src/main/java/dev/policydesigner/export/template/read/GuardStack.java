package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The open {@code if} blocks at a point of a template, as a guard. */
final class GuardStack {
  /** One open {@code if}: the conditions of its earlier branches and of the current branch. */
  private static final class Frame {
    final int line;
    final List<String> earlier = new ArrayList<>();
    final List<String> conjuncts = new ArrayList<>();

    Frame(int line) {
      this.line = line;
    }
  }

  private final Deque<Frame> frames = new ArrayDeque<>();
  private Guard current = Guard.ALWAYS;

  Guard current() {
    return current;
  }

  void apply(Statement st, int line) throws TemplateReadException {
    switch (st.keyword()) {
      case "if" -> {
        Frame f = new Frame(line);
        f.conjuncts.addAll(Guard.parse(st.argument()).conjuncts());
        f.earlier.add(st.argument());
        frames.push(f);
      }
      case "elif" -> {
        Frame f = open(st, line);
        f.conjuncts.clear();
        f.earlier.forEach(e -> f.conjuncts.add(negate(e)));
        f.conjuncts.addAll(Guard.parse(st.argument()).conjuncts());
        f.earlier.add(st.argument());
      }
      case "else" -> {
        Frame f = open(st, line);
        f.conjuncts.clear();
        f.earlier.forEach(e -> f.conjuncts.add(negate(e)));
      }
      case "endif" -> {
        open(st, line);
        frames.pop();
      }
      default -> {
        return;
      }
    }
    List<String> all = new ArrayList<>();
    frames.descendingIterator().forEachRemaining(f -> all.addAll(f.conjuncts));
    current = new Guard(all);
  }

  private Frame open(Statement st, int line) throws TemplateReadException {
    if (frames.isEmpty()) {
      throw new TemplateReadException(line, st.keyword() + " without a matching if");
    }
    return frames.peek();
  }

  void requireClosed(int lastLine) throws TemplateReadException {
    if (!frames.isEmpty()) {
      throw new TemplateReadException(
          frames.peek().line,
          "if is never closed with #% endif %# (file ends at " + lastLine + ")");
    }
  }

  /** {@code not x} for a plain name, {@code not (expr)} otherwise. */
  static String negate(String expression) {
    String e = expression.strip();
    if (e.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      return "not " + e;
    }
    return "not (" + e + ")";
  }
}
