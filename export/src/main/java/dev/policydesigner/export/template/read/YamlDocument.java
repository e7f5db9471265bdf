package dev.policydesigner.export.template.read;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The YAML of one document of a template, composed with SnakeYAML. Statement and comment lines are
 * blanked (so node marks give template line numbers) and {@code #{ expr }#} placeholders are
 * replaced by unique tokens, which {@link #restore(String)} maps back.
 */
final class YamlDocument {
  private static final Pattern PLACEHOLDER = Pattern.compile("#\\{.*?}#");

  /** One composer per thread: building a {@link Yaml} (its resolver's patterns) is not free. */
  private static final ThreadLocal<Yaml> YAML =
      ThreadLocal.withInitial(() -> new Yaml(new SafeConstructor(new LoaderOptions())));

  private final List<TemplateLine> lines;
  private final Map<String, String> placeholders = new HashMap<>();
  private final Node root;

  private YamlDocument(List<TemplateLine> lines, Node root) {
    this.lines = lines;
    this.root = root;
  }

  /** Composes the text lines of {@code lines} (a contiguous range of the template). */
  static YamlDocument compose(List<TemplateLine> lines) throws TemplateReadException {
    YamlDocument doc = new YamlDocument(lines, null);
    StringBuilder text = new StringBuilder();
    for (TemplateLine l : lines) {
      text.append(l.isText() ? doc.substitute(l.yaml()) : "").append('\n');
    }
    try {
      Node node = YAML.get().compose(new StringReader(text.toString()));
      YamlDocument composed = new YamlDocument(lines, node);
      composed.placeholders.putAll(doc.placeholders);
      return composed;
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = mark == null ? lines.get(0).number() : lineNumber(lines, mark.getLine());
      throw new TemplateReadException(line, "not valid YAML: " + firstLine(e.getProblem()));
    } catch (YAMLException e) {
      throw new TemplateReadException(lines.get(0).number(), "not valid YAML: " + e.getMessage());
    }
  }

  private static String firstLine(String s) {
    return s == null ? "syntax error" : s.lines().findFirst().orElse(s);
  }

  private static int lineNumber(List<TemplateLine> lines, int index) {
    return lines.get(Math.min(Math.max(index, 0), lines.size() - 1)).number();
  }

  private String substitute(String yaml) {
    if (!yaml.contains("#{")) {
      return yaml; // most lines hold no placeholder
    }
    Matcher m = PLACEHOLDER.matcher(yaml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = "__pdvar" + placeholders.size() + "__";
      placeholders.put(token, m.group());
      m.appendReplacement(out, Matcher.quoteReplacement(token));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The value with every placeholder token replaced by its original {@code #{ expr }#}. */
  String restore(String value) {
    if (value == null || !value.contains("__pdvar")) {
      return value;
    }
    String result = value;
    for (Map.Entry<String, String> e : placeholders.entrySet()) {
      result = result.replace(e.getKey(), e.getValue());
    }
    return result;
  }

  /** The composed root node, or {@code null} for an empty document. */
  Node root() {
    return root;
  }

  /** The template line a node starts on. */
  TemplateLine startLine(Node node) {
    return lines.get(node.getStartMark().getLine());
  }

  /** Index (in this document's lines) of the last text line that belongs to the node. */
  int lastIndex(Node node) {
    int end = node.getEndMark().getLine();
    if (end >= lines.size()) {
      end = lines.size() - 1;
    } else if (end > node.getStartMark().getLine() && startsBeforeText(end, node)) {
      end--;
    }
    while (end > node.getStartMark().getLine() && !lines.get(end).isText()) {
      end--;
    }
    return end;
  }

  private boolean startsBeforeText(int index, Node node) {
    String raw = lines.get(index).raw();
    int indent = raw.length() - raw.stripLeading().length();
    return node.getEndMark().getColumn() <= indent || !lines.get(index).isText();
  }

  /** Index (in this document's lines) of the line a node starts on. */
  int firstIndex(Node node) {
    return node.getStartMark().getLine();
  }

  /** The document's lines. */
  List<TemplateLine> lines() {
    return lines;
  }
}
