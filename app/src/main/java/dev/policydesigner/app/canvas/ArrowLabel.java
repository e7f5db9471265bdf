package dev.policydesigner.app.canvas;

import dev.policydesigner.export.diagram.image.CardText;
import dev.policydesigner.model.Flow;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text beside an arrow: its ports, the first flag of its condition, and (with observed traffic)
 * a count badge. The arrow of a collapsed namespace says how many ports its flows use.
 *
 * @param ports the first line
 * @param condition the condition line, or {@code null}
 * @param badge the observed-count badge ("×12"), or {@code null}
 */
public record ArrowLabel(String ports, String condition, String badge) {
  /** Height of one line of the label, in world units. */
  static final double LINE_HEIGHT = 14;

  /** Font size of the ports, in world units. */
  static final double PORTS_SIZE = 11;

  /** Font size of the condition and the badge. */
  static final double SMALL_SIZE = 10.5;

  /** Room left and right of the text. */
  static final double PADDING = 5;

  /** The label of one flow. */
  static ArrowLabel of(Flow flow, String badge) {
    return new ArrowLabel(CardText.ports(flow), CardText.condition(flow), badge);
  }

  /** The label of the flows of a collapsed namespace: how many flows and ports. */
  static ArrowLabel ofAll(List<Flow> flows, String badge) {
    if (flows.size() == 1) {
      return of(flows.get(0), badge);
    }
    Set<String> ports = new LinkedHashSet<>();
    for (Flow f : flows) {
      ports.add(CardText.ports(f));
    }
    String text =
        ports.size() == 1
            ? ports.iterator().next() + " · " + flows.size() + " flows"
            : ports.size() + " ports · " + flows.size() + " flows";
    return new ArrowLabel(text, null, badge);
  }

  /** The number of lines. */
  int lines() {
    return 1 + (condition == null ? 0 : 1) + (badge == null ? 0 : 1);
  }

  /** The size of the label at 100 % zoom: width and height in world units. */
  double[] size(TextMeasure measure) {
    double w = measure.width(ports, PORTS_SIZE, false, false);
    if (condition != null) {
      w = Math.max(w, measure.width(condition, SMALL_SIZE, false, true));
    }
    if (badge != null) {
      w = Math.max(w, measure.width(badge, SMALL_SIZE, true, false));
    }
    return new double[] {w + 2 * PADDING, lines() * LINE_HEIGHT + 2};
  }

  /** Widths of text, for laying labels out before they are drawn. */
  interface TextMeasure {
    double width(String text, double size, boolean bold, boolean italic);
  }
}
