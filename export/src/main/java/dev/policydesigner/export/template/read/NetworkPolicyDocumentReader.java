package dev.policydesigner.export.template.read;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Interprets a standard NetworkPolicy document. The document is always kept as written; the import
 * drops that copy when the subject's derived fallback is equal to it.
 */
final class NetworkPolicyDocumentReader {
  ParsedPolicy read(DocumentInput in) {
    YamlDocument doc = in.yaml();
    YamlTree tree = new YamlTree(doc);
    Node metadata = tree.get(doc.root(), "metadata");
    Node spec = tree.get(doc.root(), "spec");
    String name = tree.scalar(tree.get(metadata, "name"));
    String namespace = tree.scalar(tree.get(metadata, "namespace"));
    Map<String, String> labels = new SelectorReader(tree).labels(tree.get(spec, "podSelector"));
    List<Label> selector = labels == null ? null : CiliumDocumentReader.subjectLabels(labels);
    RuleReader rules = new RuleReader(in, tree, namespace);
    List<ParsedRule> ingress = read(tree, rules, tree.get(spec, "ingress"), Direction.INGRESS);
    List<ParsedRule> egress = read(tree, rules, tree.get(spec, "egress"), Direction.EGRESS);
    return new ParsedPolicy(
        PolicyKind.NETWORK_POLICY,
        name,
        namespace,
        in.line(),
        selector,
        in.title(),
        in.purpose(),
        policyTypes(tree, spec),
        DefaultDenyStyle.NONE,
        ingress,
        egress,
        List.of(),
        in.guard(),
        in.text(),
        in.text(),
        List.of());
  }

  private static String policyTypes(YamlTree tree, Node spec) {
    List<String> types = tree.scalarList(tree.get(spec, "policyTypes"));
    return types == null ? "" : String.join(",", types.stream().sorted().toList());
  }

  private static List<ParsedRule> read(YamlTree tree, RuleReader rules, Node list, Direction d) {
    List<ParsedRule> result = new ArrayList<>();
    List<Node> items = list == null ? null : tree.items(list);
    if (items != null) {
      for (Node item : items) {
        result.add(rules.networkPolicy(item, d));
      }
    }
    return result;
  }
}
