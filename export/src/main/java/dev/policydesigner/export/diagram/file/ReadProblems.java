package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Collects the problems found while reading one diagram file, each with line and column. */
final class ReadProblems {
  private final String fileName;
  private final List<Problem> problems = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  ReadProblems(String fileName) {
    this.fileName = fileName;
  }

  /** An error at the start of {@code node}. */
  void error(Node node, String code, String message) {
    error(node.getStartMark(), code, message);
  }

  /**
   * An error at a 1-based column inside the text of the scalar {@code node}: exact for plain and
   * quoted scalars on one line, the start of the scalar otherwise.
   */
  void errorInText(Node node, int column, String code, String message) {
    Mark start = node.getStartMark();
    if (start == null
        || !(node instanceof ScalarNode scalar)
        || node.getEndMark() == null
        || node.getEndMark().getLine() != start.getLine()) {
      error(node, code, message);
      return;
    }
    int quote = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN ? 0 : 1;
    int line = start.getLine() + 1;
    int at = start.getColumn() + quote + column;
    problems.add(Problem.error(code, message).atFile(fileName, line));
    details.add(fileName + ":" + line + ":" + at + ": " + message);
  }

  /** An error at {@code mark} (0-based in SnakeYAML, reported 1-based). */
  void error(Mark mark, String code, String message) {
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    problems.add(Problem.error(code, message).atFile(fileName, line));
    details.add(fileName + ":" + line + ":" + column + ": " + message);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The exception holding every problem so far. */
  DiagramFileException exception() {
    return new DiagramFileException(fileName, problems, details);
  }

  void throwIfAny() throws DiagramFileException {
    if (!problems.isEmpty()) {
      throw exception();
    }
  }
}
