package dev.policydesigner.export.template.read;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a makejinja policy template line by line: the outer {@code #% if … %#}, {@code #% set
 * enforce = … %#}, each document's banner, YAML (composed with SnakeYAML, placeholders mapped back)
 * and rules with their guards, comments and line numbers.
 */
public final class PolicyTemplateReader {
  private final TemplateTokenizer tokenizer = new TemplateTokenizer();

  /**
   * Reads one template.
   *
   * @param path repo-relative path, used in problems
   * @param text the template
   * @throws TemplateReadException when the file cannot be imported at all (unbalanced {@code if},
   *     invalid YAML, statements other than {@code if}/{@code set enforce})
   */
  public ParsedTemplate read(String path, String text) throws TemplateReadException {
    List<TemplateLine> lines = tokenizer.tokenize(text);
    TemplateBody body = TemplateBody.of(lines);
    List<Problem> problems = new ArrayList<>();
    List<ParsedPolicy> policies = new ArrayList<>();
    DefaultDenyStyle style = null;
    for (int[] range : body.documents()) {
      ParsedPolicy p = document(path, lines, range, body.outer(), problems);
      if (p.kind() == PolicyKind.CILIUM && p.document() == null) {
        if (style == null) {
          style = p.defaultDeny();
        } else if (style != p.defaultDeny()) {
          problems.add(
              ImportResult.warning(
                  path,
                  p.line(),
                  "enableDefaultDeny differs from the file's first"
                      + " policy; the document is kept as written"));
          p = p.keptWhole();
        }
      }
      policies.add(p);
    }
    return new ParsedTemplate(
        path,
        text,
        body.outer(),
        body.enforceExpression(),
        style == null ? DefaultDenyStyle.NONE : style,
        policies,
        problems);
  }

  private ParsedPolicy document(
      String path, List<TemplateLine> lines, int[] range, Guard outer, List<Problem> problems)
      throws TemplateReadException {
    int dash = range[2];
    List<TemplateLine> yamlLines = lines.subList(dash, range[1] + 1);
    YamlDocument yaml = YamlDocument.compose(yamlLines);
    String text = documentText(lines, range);
    Banner banner = Banner.after(lines, dash);
    Guard guard = lines.get(dash).guard().minus(outer);
    int line = lines.get(dash).number();
    DocumentInput in =
        new DocumentInput(
            path, yaml, outer, guard, banner.title(), banner.purpose(), line, text, problems);
    Node root = yaml.root();
    YamlTree tree = new YamlTree(yaml);
    PolicyKind kind = root == null ? null : PolicyKind.of(tree.scalar(tree.get(root, "kind")));
    if (kind == null) {
      in.warn(line, "a document that is no network policy is kept as written");
      return notAPolicy(line, guard, text);
    }
    if (kind == PolicyKind.NETWORK_POLICY) {
      return new NetworkPolicyDocumentReader().read(in);
    }
    ParsedPolicy p = new CiliumDocumentReader().read(in, kind);
    if (kind == PolicyKind.CILIUM_CLUSTERWIDE) {
      in.warn(line, "CiliumClusterwideNetworkPolicy " + p.name() + " is kept as written");
      return p.keptWhole();
    }
    if (p.name() == null || p.namespace() == null || p.selector() == null || !guard.isAlways()) {
      in.warn(
          line,
          "policy "
              + p.name()
              + " is kept as written: its endpointSelector, metadata"
              + " or the condition around the document cannot be drawn");
      return p.keptWhole();
    }
    return p;
  }

  /** A document of another kind, kept as written. */
  private static ParsedPolicy notAPolicy(int line, Guard guard, String text) {
    return new ParsedPolicy(
        null,
        null,
        null,
        line,
        null,
        null,
        "",
        "",
        DefaultDenyStyle.NONE,
        List.of(),
        List.of(),
        List.of(),
        guard,
        text,
        text,
        List.of());
  }

  private static String documentText(List<TemplateLine> lines, int[] range) {
    StringBuilder out = new StringBuilder();
    for (int i = range[0]; i <= range[1]; i++) {
      out.append(lines.get(i).raw()).append('\n');
    }
    return out.toString();
  }
}
