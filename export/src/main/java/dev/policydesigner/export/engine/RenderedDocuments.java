package dev.policydesigner.export.engine;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.RenderException;
import dev.policydesigner.model.engine.PolicySet;
import dev.policydesigner.model.engine.SourceDocument;
import dev.policydesigner.model.engine.SourceLines;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Renders a template for one value set with the in-app renderer and parses the result into
 * documents whose maps and lists know their template line: the template is rendered with its lines
 * marked ({@link LineMarkers}), so each rendered line names the line it came from. Plain YAML files
 * are parsed the same way, at their own lines.
 */
public final class RenderedDocuments {
  private final MakejinjaRenderer renderer;

  /** Renders with {@code renderer}. */
  public RenderedDocuments(MakejinjaRenderer renderer) {
    this.renderer = renderer;
  }

  /** The documents {@code template} (at repo path {@code file}) renders to with {@code values}. */
  public RenderedFile render(String file, String template, Map<String, Object> values) {
    return prepare(file, template).render(values);
  }

  /**
   * {@code template} (at repo path {@code file}) ready to render with several value sets: its lines
   * are marked, its comments read and its text parsed once for all of them.
   */
  public Prepared prepare(String file, String template) {
    SourceLines comments = new SourceLines();
    RuleComments.read(template, comments);
    return new Prepared(file, renderer.template(LineMarkers.mark(template)), comments);
  }

  /** A template marked and read once, rendered for one value set at a time (by one thread). */
  public static final class Prepared {
    private final String file;
    private final MakejinjaRenderer.Template marked;
    private final SourceLines comments;

    private Prepared(String file, MakejinjaRenderer.Template marked, SourceLines comments) {
      this.file = file;
      this.marked = marked;
      this.comments = comments;
    }

    /** The documents the template renders to with {@code values}. */
    public RenderedFile render(Map<String, Object> values) {
      String rendered;
      try {
        rendered = marked.render(values);
      } catch (RenderException e) {
        int line = Math.max(1, e.line());
        return new RenderedFile(
            file,
            List.of(),
            List.of(
                PolicySet.unrendered(
                    file, line, "cannot render (its policies are left out): " + e.getMessage())));
      }
      return parse(file, rendered, comments);
    }
  }

  /** The documents of a plain YAML file (no template): every part at its own line. */
  public static RenderedFile plain(String file, String yaml) {
    SourceLines comments = new SourceLines();
    StringBuilder marked = new StringBuilder();
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      marked.append(lines[i]);
      if (!lines[i].isBlank() && !lines[i].strip().startsWith("#")) {
        marked.append(" #@L").append(i + 1);
      }
      marked.append(i < lines.length - 1 ? "\n" : "");
    }
    return parse(file, marked.toString(), comments);
  }

  private static RenderedFile parse(String file, String marked, SourceLines comments) {
    String[] renderedLines = marked.split("\n", -1);
    int[] templateLine = templateLines(renderedLines);
    List<SourceDocument> docs = new ArrayList<>();
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    try {
      for (Node node : yaml.composeAll(new StringReader(marked))) {
        SourceLines lines = comments.copy();
        Object content = new LineRecorder(lines, templateLine).construct(node);
        docs.add(new SourceDocument(file, at(templateLine, node), content, lines));
      }
    } catch (MarkedYAMLException e) {
      int line =
          e.getProblemMark() == null ? 1 : lineAt(templateLine, e.getProblemMark().getLine());
      String what = e.getProblem() == null ? e.getMessage() : e.getProblem();
      return new RenderedFile(
          file,
          docs,
          List.of(PolicySet.unread(file, line, "the render is not valid YAML: " + what)));
    } catch (YAMLException e) {
      return new RenderedFile(
          file, docs, List.of(PolicySet.unread(file, 1, "the render is not valid YAML: " + e)));
    }
    return new RenderedFile(file, docs, List.of());
  }

  /** For each rendered line, its template line: its own mark, else the nearest mark above. */
  private static int[] templateLines(String[] renderedLines) {
    int[] result = new int[renderedLines.length];
    int last = 1;
    for (int i = 0; i < renderedLines.length; i++) {
      int l = LineMarkers.lineOf(renderedLines[i]);
      last = l > 0 ? l : last;
      result[i] = last;
    }
    return result;
  }

  private static int lineAt(int[] templateLine, int renderedIndex) {
    if (templateLine.length == 0) {
      return 1;
    }
    return templateLine[Math.max(0, Math.min(renderedIndex, templateLine.length - 1))];
  }

  private static int at(int[] templateLine, Node node) {
    return lineAt(templateLine, node.getStartMark().getLine());
  }

  /** Builds the tree and records each map's and list's template line. */
  private static final class LineRecorder extends SafeConstructor {
    private final SourceLines lines;
    private final int[] templateLine;

    LineRecorder(SourceLines lines, int[] templateLine) {
      super(new LoaderOptions());
      this.lines = lines;
      this.templateLine = templateLine;
    }

    Object construct(Node node) {
      return constructDocument(node);
    }

    @Override
    protected Object constructObject(Node node) {
      Object o = super.constructObject(node);
      if (node instanceof MappingNode || node instanceof SequenceNode) {
        lines.put(o, at(templateLine, node));
      }
      return o;
    }
  }
}
