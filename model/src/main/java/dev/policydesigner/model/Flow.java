package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * An allowed flow from one node to another: the egress rule on the source's policy and the ingress
 * rule on the destination's policy.
 *
 * @param id identifier, unique in the diagram
 * @param from source node id
 * @param to destination node id
 * @param ports ports and protocols; empty allows all ports
 * @param l7 optional L7 rules
 * @param condition Jinja expression under which the flow exists, or {@code null}
 * @param description one line, written as the {@code #| … #|} comment above the rule
 * @param ingressDescription wording of the comment on the destination's side when it differs
 *     ("Hubble UI queries flow data" vs. "Query Hubble Relay for flow data"), or {@code null}
 * @param sides on which side(s) the flow yields a rule: {@link FlowSides#BOTH} for every drawn
 *     flow; one-sided only for a flow imported from a repo where only one policy had the rule
 */
public record Flow(
    String id,
    String from,
    String to,
    List<PortRange> ports,
    L7Rules l7,
    String condition,
    String description,
    String ingressDescription,
    FlowSides sides) {

  public Flow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    ports = List.copyOf(ports);
    l7 = l7 == null ? L7Rules.NONE : l7;
    condition = Text.blankToNull(condition);
    description = description == null ? "" : description;
    ingressDescription = Text.blankToNull(ingressDescription);
    sides = sides == null ? FlowSides.BOTH : sides;
  }

  /** A flow that yields rules on both sides (the form every drawn flow has). */
  public Flow(
      String id,
      String from,
      String to,
      List<PortRange> ports,
      L7Rules l7,
      String condition,
      String description,
      String ingressDescription) {
    this(id, from, to, ports, l7, condition, description, ingressDescription, FlowSides.BOTH);
  }

  /** Whether only one side's policy has the rule (possible only after import). */
  public boolean isOneSided() {
    return sides != FlowSides.BOTH;
  }

  /** A copy yielding rules on other sides ({@link FlowSides#BOTH} makes it an ordinary flow). */
  public Flow withSides(FlowSides sides) {
    return new Flow(id, from, to, ports, l7, condition, description, ingressDescription, sides);
  }

  /** A plain flow without L7 rules, condition or separate ingress wording. */
  public static Flow of(String id, String from, String to, List<PortRange> ports, String text) {
    return new Flow(id, from, to, ports, L7Rules.NONE, null, text, null);
  }

  /** The comment on the destination's ingress rule. */
  public String ingressText() {
    return ingressDescription != null ? ingressDescription : description;
  }

  /** A copy with other ports. */
  public Flow withPorts(List<PortRange> ports) {
    return new Flow(id, from, to, ports, l7, condition, description, ingressDescription, sides);
  }

  /** A copy with another condition ({@code null} for none). */
  public Flow withCondition(String condition) {
    return new Flow(id, from, to, ports, l7, condition, description, ingressDescription, sides);
  }

  /** A copy with another description. */
  public Flow withDescription(String description) {
    return new Flow(id, from, to, ports, l7, condition, description, ingressDescription, sides);
  }

  /** A copy with other L7 rules. */
  public Flow withL7(L7Rules l7) {
    return new Flow(id, from, to, ports, l7, condition, description, ingressDescription, sides);
  }

  /** A copy between other nodes. */
  public Flow withEnds(String from, String to) {
    return new Flow(id, from, to, ports, l7, condition, description, ingressDescription, sides);
  }
}
