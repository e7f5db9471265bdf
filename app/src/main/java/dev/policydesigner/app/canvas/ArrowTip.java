package dev.policydesigner.app.canvas;

import dev.policydesigner.export.diagram.image.CardText;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;

/** The tooltip text of an arrow: which flows it draws, between what, on which ports, and why. */
final class ArrowTip {
  private static final int MAX_FLOWS = 12;

  private ArrowTip() {}

  static String text(Diagram d, DrawnArrow a) {
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (Flow f : a.flows()) {
      if (shown == MAX_FLOWS) {
        sb.append("… and ").append(a.flows().size() - MAX_FLOWS).append(" more");
        break;
      }
      if (shown > 0) {
        sb.append('\n');
      }
      sb.append(name(d, f.from())).append(" → ").append(name(d, f.to()));
      sb.append("  ").append(CardText.ports(f));
      String cond = CardText.condition(f);
      if (cond != null) {
        sb.append("  ").append(cond);
      }
      if (!f.description().isBlank()) {
        sb.append("\n   ").append(f.description());
      }
      shown++;
    }
    return sb.toString();
  }

  private static String name(Diagram d, String id) {
    return d.node(id).map(Node::name).orElse(id);
  }
}
