package dev.policydesigner.export.template.read;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.VerbatimBlock;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Interprets a CiliumNetworkPolicy (or CiliumClusterwideNetworkPolicy) document: subject, texts,
 * default-deny style and rules; what the graph cannot express becomes verbatim blocks.
 */
final class CiliumDocumentReader {
  private static final Set<String> METADATA_KEYS = Set.of("name", "namespace");
  private static final Set<String> SPEC_KEYS =
      Set.of("description", "endpointSelector", "enableDefaultDeny", "ingress", "egress");

  ParsedPolicy read(DocumentInput in, PolicyKind kind) {
    YamlDocument doc = in.yaml();
    YamlTree tree = new YamlTree(doc);
    Node metadata = tree.get(doc.root(), "metadata");
    Node spec = tree.get(doc.root(), "spec");
    String name = tree.scalar(tree.get(metadata, "name"));
    String namespace = tree.scalar(tree.get(metadata, "namespace"));
    List<VerbatimBlock> verbatim = metadataBlocks(in, tree, name, metadata);
    SelectorReader selectors = new SelectorReader(tree);
    Node endpointSelector = tree.get(spec, "endpointSelector");
    Map<String, String> labels = selectors.labels(endpointSelector);
    if (kind == PolicyKind.CILIUM_CLUSTERWIDE && labels != null) {
      namespace = SelectorReader.namespaceOf(labels);
    }
    List<ParsedRule> ingress = new ArrayList<>();
    List<ParsedRule> egress = new ArrayList<>();
    List<NodeTuple> defaultDeny = new ArrayList<>();
    RuleReader rules = new RuleReader(in, tree, namespace);
    for (NodeTuple t : tuples(spec)) {
      String key = key(tree, t);
      if (key.equals("enableDefaultDeny")) {
        defaultDeny.add(t);
      } else if ((key.equals("ingress") || key.equals("egress")) && isRuleList(t)) {
        boolean isIngress = key.equals("ingress");
        Direction dir = isIngress ? Direction.INGRESS : Direction.EGRESS;
        readRules(tree, rules, t, dir, isIngress ? ingress : egress);
      } else if (!SPEC_KEYS.contains(key) || key.equals("ingress") || key.equals("egress")) {
        verbatim.add(block(in, name, VerbatimSection.SPEC, t));
        in.warn(doc.startLine(t.getKeyNode()).number(), "spec." + key + " is kept as written");
      }
    }
    DefaultDenyStyle style = defaultDenyStyle(in, tree, name, defaultDeny, verbatim);
    List<Label> selector = labels == null ? null : subjectLabels(labels);
    return new ParsedPolicy(
        kind,
        name,
        namespace,
        in.line(),
        selector,
        in.title(),
        in.purpose(),
        tree.scalar(tree.get(spec, "description")),
        style,
        ingress,
        egress,
        verbatim,
        in.guard(),
        null,
        in.text(),
        labels == null ? List.of() : selectors.expressionKeys(endpointSelector));
  }

  private static void readRules(
      YamlTree tree, RuleReader rules, NodeTuple t, Direction dir, List<ParsedRule> target) {
    for (Node item : tree.items(t.getValueNode())) {
      target.add(rules.cilium(item, dir));
    }
  }

  private static List<VerbatimBlock> metadataBlocks(
      DocumentInput in, YamlTree tree, String name, Node metadata) {
    List<VerbatimBlock> verbatim = new ArrayList<>();
    for (NodeTuple t : tuples(metadata)) {
      if (!METADATA_KEYS.contains(key(tree, t))) {
        verbatim.add(block(in, name, VerbatimSection.METADATA, t));
      }
    }
    return verbatim;
  }

  /** The default-deny style; an unusual form is added to {@code verbatim} and gives NONE. */
  private static DefaultDenyStyle defaultDenyStyle(
      DocumentInput in,
      YamlTree tree,
      String name,
      List<NodeTuple> defaultDeny,
      List<VerbatimBlock> verbatim) {
    DefaultDenyStyle style = new DefaultDenyReader(tree, in).style(defaultDeny);
    if (style != null) {
      return style;
    }
    for (NodeTuple t : defaultDeny) {
      verbatim.add(block(in, name, VerbatimSection.SPEC, t));
    }
    if (!defaultDeny.isEmpty()) {
      in.warn(
          in.yaml().startLine(defaultDeny.get(0).getKeyNode()).number(),
          "enableDefaultDeny in an unusual form is kept as written");
    }
    return DefaultDenyStyle.NONE;
  }

  private static boolean isRuleList(NodeTuple t) {
    return t.getValueNode() instanceof SequenceNode s && !s.getValue().isEmpty();
  }

  static List<Label> subjectLabels(Map<String, String> labels) {
    List<Label> list = new ArrayList<>();
    labels.forEach(
        (k, v) -> {
          if (!SelectorReader.NAMESPACE_KEYS.contains(k)) {
            list.add(new Label(k, v));
          }
        });
    return list;
  }

  static List<NodeTuple> tuples(Node node) {
    return node instanceof org.yaml.snakeyaml.nodes.MappingNode m ? m.getValue() : List.of();
  }

  static String key(YamlTree tree, NodeTuple t) {
    return String.valueOf(tree.scalar(t.getKeyNode()));
  }

  /** The original text of a key and its value, guarded like its first line. */
  static VerbatimBlock block(DocumentInput in, String policy, VerbatimSection s, NodeTuple t) {
    TextSpan span = TextSpan.of(in.yaml(), t.getKeyNode(), t.getValueNode());
    Guard guard = in.relative(span.guard());
    return new VerbatimBlock(policy, s, null, guard, span.text(in.yaml()), span.line(in.yaml()));
  }
}
