package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.derive.Direction;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns one rule item into a {@link ParsedRule}: its line, guard and comment, and either its
 * content or, when the graph cannot express it, its original text.
 */
final class RuleReader {
  private final DocumentInput in;
  private final String namespace;
  private final CiliumRuleReader cilium;
  private final NetworkPolicyRuleReader networkPolicy;

  RuleReader(DocumentInput in, YamlTree tree, String namespace) {
    this.in = in;
    this.namespace = namespace;
    this.cilium = new CiliumRuleReader(tree);
    this.networkPolicy = new NetworkPolicyRuleReader(tree);
  }

  ParsedRule cilium(Node item, Direction direction) {
    return rule(item, direction, cilium.read(item, direction, namespace));
  }

  ParsedRule networkPolicy(Node item, Direction direction) {
    return rule(item, direction, networkPolicy.read(item, direction, namespace));
  }

  private ParsedRule rule(Node item, Direction direction, RuleContent content) {
    YamlDocument doc = in.yaml();
    TextSpan span = TextSpan.of(doc, item, item);
    Guard guard = in.relative(span.guard());
    String reason = content.unsupported();
    if (reason == null && !span.uniform()) {
      reason = "a statement inside the rule";
    }
    if (reason == null && mentionsEnforce(guard)) {
      reason = "the rule depends on the enforce mode";
    }
    int line = span.line(doc);
    if (reason != null) {
      in.warn(line, direction.yamlName() + " rule kept as written: " + reason);
      return new ParsedRule(
          direction,
          line,
          guard,
          span.description(),
          List.of(),
          List.of(),
          L7Rules.NONE,
          span.text(doc),
          reason,
          List.of());
    }
    return new ParsedRule(
        direction,
        line,
        guard,
        span.description(),
        content.peers(),
        content.ports(),
        content.l7(),
        null,
        null,
        content.forms());
  }

  private static boolean mentionsEnforce(Guard guard) {
    return guard.conjuncts().stream().anyMatch(c -> c.matches("(?s).*\\benforce\\b.*"));
  }
}
