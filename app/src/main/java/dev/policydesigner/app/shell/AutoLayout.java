package dev.policydesigner.app.shell;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Position;
import java.util.Map;

/** Computes new node positions from the drawn card sizes. */
@FunctionalInterface
public interface AutoLayout {
  Map<String, Position> layout(Diagram diagram, Map<String, double[]> nodeSizes);
}
