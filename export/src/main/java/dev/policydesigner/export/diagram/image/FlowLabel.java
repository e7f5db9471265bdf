package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.Flow;

/**
 * The label of a flow: its ports and, for a guarded flow, the shortened condition ({@code if
 * monitoring_enabled}), with the size of the rounded box that holds them.
 *
 * @param ports the ports line
 * @param condition the condition line, or {@code null}
 * @param width box width
 * @param height box height
 */
record FlowLabel(String ports, String condition, double width, double height) {
  static final double PORT_SIZE = 11;
  static final double CONDITION_SIZE = 10;
  static final double LINE_HEIGHT = 13;
  static final double PAD_X = 7;
  static final double PAD_Y = 4;
  private static final double MAX_CONDITION_WIDTH = 190;

  static FlowLabel of(Flow flow) {
    String ports = CardText.ports(flow);
    String condition = CardText.condition(flow);
    if (condition != null) {
      condition = TextWidth.ellipsise(condition, CONDITION_SIZE, false, MAX_CONDITION_WIDTH);
    }
    double width = TextWidth.of(ports, PORT_SIZE, true);
    if (condition != null) {
      width = Math.max(width, TextWidth.of(condition, CONDITION_SIZE, false));
    }
    int lines = condition == null ? 1 : 2;
    return new FlowLabel(ports, condition, width + 2 * PAD_X, lines * LINE_HEIGHT + 2 * PAD_Y);
  }
}
