package dev.policydesigner.export.template;

import dev.policydesigner.model.derive.Direction;

/**
 * Where one CiliumNetworkPolicy rule sits in a written template: from its own {@code #% if … %#}
 * (when it has one) through its {@code #| description #|} comment to its last YAML line.
 *
 * @param policy the policy's {@code metadata.name}
 * @param direction ingress or egress
 * @param flowId the flow the rule comes from, or {@code null} for a rule the deriver added (the DNS
 *     rule that {@code toFQDNs} needs)
 * @param firstLine first line, from 1
 * @param lastLine last line, inclusive
 */
public record RuleSpan(
    String policy, Direction direction, String flowId, int firstLine, int lastLine) {
  public RuleSpan {
    if (firstLine < 1 || lastLine < firstLine) {
      throw new IllegalArgumentException("bad line range " + firstLine + ".." + lastLine);
    }
  }

  /** The lines of this span in {@code text} (which must be the template it was taken from). */
  public String excerpt(String text) {
    StringBuilder sb = new StringBuilder();
    text.lines()
        .skip(firstLine - 1L)
        .limit(lastLine - firstLine + 1L)
        .forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }
}
