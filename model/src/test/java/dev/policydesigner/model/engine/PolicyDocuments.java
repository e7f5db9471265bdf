package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Test documents: YAML text parsed with each map's and list's line recorded. */
final class PolicyDocuments {
  private PolicyDocuments() {}

  /** The documents of {@code yaml}, as rendered from {@code file}. */
  static List<SourceDocument> parse(String file, String yaml) {
    List<SourceDocument> docs = new ArrayList<>();
    Yaml parser = new Yaml(new SafeConstructor(new LoaderOptions()));
    for (Node node : parser.composeAll(new java.io.StringReader(yaml))) {
      SourceLines lines = new SourceLines();
      Object content = new LineRecorder(lines).construct(node);
      docs.add(new SourceDocument(file, node.getStartMark().getLine() + 1, content, lines));
    }
    return docs;
  }

  /** An engine over the documents of {@code yaml}. */
  static PolicyEngine engine(String yaml) {
    return new PolicyEngine(PolicyReader.read(parse("policies.yaml", yaml)));
  }

  private static final class LineRecorder extends SafeConstructor {
    private final SourceLines lines;

    LineRecorder(SourceLines lines) {
      super(new LoaderOptions());
      this.lines = lines;
    }

    Object construct(Node node) {
      return constructDocument(node);
    }

    @Override
    protected Object constructObject(Node node) {
      Object o = super.constructObject(node);
      if (node instanceof MappingNode || node instanceof SequenceNode) {
        lines.put(o, node.getStartMark().getLine() + 1);
      }
      return o;
    }
  }
}
