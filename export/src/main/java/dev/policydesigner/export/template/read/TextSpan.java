package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The template lines of one YAML item (a rule, a spec key): the {@code #| … #|} comment lines right
 * above it, its own lines, the guard it is in, and whether a statement splits it.
 *
 * @param from index (in the document's lines) of the first comment line, or of the item
 * @param start index of the item's first line
 * @param end index of the item's last text line
 * @param guard the guard of the item's first line
 * @param description the comment above, lines joined with a line break
 * @param uniform whether no statement line lies inside the item
 */
record TextSpan(int from, int start, int end, Guard guard, String description, boolean uniform) {

  /** The span of the item that starts at {@code startNode} and ends with {@code endNode}. */
  static TextSpan of(YamlDocument doc, Node startNode, Node endNode) {
    List<TemplateLine> lines = doc.lines();
    int start = doc.firstIndex(startNode);
    int end = Math.max(start, doc.lastIndex(endNode));
    List<String> comments = new ArrayList<>();
    int from = start;
    while (from > 0 && lines.get(from - 1).kind() == LineKind.COMMENT) {
      from--;
      comments.add(0, lines.get(from).comment());
    }
    boolean uniform = true;
    for (int i = start; i <= end; i++) {
      if (lines.get(i).kind() == LineKind.STATEMENT) {
        uniform = false;
      }
    }
    return new TextSpan(
        from, start, end, lines.get(start).guard(), String.join("\n", comments), uniform);
  }

  /** The original lines of the span (comment included), each ending with a line break. */
  String text(YamlDocument doc) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= end; i++) {
      out.append(doc.lines().get(i).raw()).append('\n');
    }
    return out.toString();
  }

  /** The 1-based template line of the item's first line. */
  int line(YamlDocument doc) {
    return doc.lines().get(start).number();
  }
}
