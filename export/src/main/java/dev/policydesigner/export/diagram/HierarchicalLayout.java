package dev.policydesigner.export.diagram;

import com.mxgraph.layout.hierarchical.mxHierarchicalLayout;
import com.mxgraph.model.mxGeometry;
import com.mxgraph.view.mxGraph;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.SwingConstants;

/**
 * Left-to-right layered layout of a diagram (JGraphX {@code mxHierarchicalLayout}): sources on the
 * left, flows pointing right, no two nodes overlapping.
 */
public final class HierarchicalLayout {
  private static final double DEFAULT_WIDTH = 200;
  private static final double DEFAULT_HEIGHT = 90;
  private static final double MARGIN = 40;

  private final double rankSpacing;
  private final double nodeSpacing;

  /** A layout with room for flow labels between the layers. */
  public HierarchicalLayout() {
    this(150, 50);
  }

  /**
   * A layout with the given gaps.
   *
   * @param rankSpacing horizontal gap between layers
   * @param nodeSpacing vertical gap between nodes of one layer
   */
  public HierarchicalLayout(double rankSpacing, double nodeSpacing) {
    this.rankSpacing = rankSpacing;
    this.nodeSpacing = nodeSpacing;
  }

  /**
   * New top-left positions of every node.
   *
   * @param diagram the diagram
   * @param nodeSizes drawn width and height of each node id; missing ids get a default size
   * @return the position of every node of the diagram, the top-most and left-most at the margin
   */
  public Map<String, Position> layout(Diagram diagram, Map<String, double[]> nodeSizes) {
    mxGraph graph = new mxGraph();
    Object parent = graph.getDefaultParent();
    Map<String, Object> cells = new LinkedHashMap<>();
    graph.getModel().beginUpdate();
    try {
      for (Node n : diagram.nodes()) {
        double[] size =
            nodeSizes.getOrDefault(n.id(), new double[] {DEFAULT_WIDTH, DEFAULT_HEIGHT});
        cells.put(n.id(), graph.insertVertex(parent, n.id(), n.id(), 0, 0, size[0], size[1]));
      }
      for (Flow f : diagram.flows()) {
        Object from = cells.get(f.from());
        Object to = cells.get(f.to());
        if (from != null && to != null && from != to) {
          graph.insertEdge(parent, null, "", from, to);
        }
      }
    } finally {
      graph.getModel().endUpdate();
    }
    mxHierarchicalLayout layout = new mxHierarchicalLayout(graph, SwingConstants.WEST);
    layout.setInterRankCellSpacing(rankSpacing);
    layout.setIntraCellSpacing(nodeSpacing);
    layout.setDisableEdgeStyle(true);
    layout.execute(parent);
    return positions(graph, cells);
  }

  private static Map<String, Position> positions(mxGraph graph, Map<String, Object> cells) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    for (Object cell : cells.values()) {
      mxGeometry g = graph.getModel().getGeometry(cell);
      minX = Math.min(minX, g.getX());
      minY = Math.min(minY, g.getY());
    }
    Map<String, Position> positions = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : cells.entrySet()) {
      mxGeometry g = graph.getModel().getGeometry(e.getValue());
      positions.put(
          e.getKey(),
          new Position(Math.round(g.getX() - minX + MARGIN), Math.round(g.getY() - minY + MARGIN)));
    }
    return positions;
  }
}
