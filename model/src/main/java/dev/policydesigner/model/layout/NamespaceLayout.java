package dev.policydesigner.model.layout;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.expr.TemplateValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Places nodes grouped by namespace: one box per namespace (plus one for Cilium entities and one
 * for addresses outside the cluster, placed one after the other), the cards of a box in rows inside
 * it, the boxes packed (short boxes filling the room beside tall ones) with the groups that talk
 * most to each other next to each other and the row width chosen so the whole fits a view of the
 * given aspect ratio at the largest zoom. Nothing overlaps: cards are sized by the given {@link
 * CardSize}, boxes leave {@link #BOX_PADDING} around their cards and {@link #BOX_TITLE} above them
 * for the title, and boxes are {@link #BOX_GAP} apart.
 *
 * <p>Deterministic: the same nodes and flows always give the same arrangement. Cards inside a box
 * are ordered by name, then id. Runs in time linear in nodes and flows (plus the square of the
 * number of groups).
 *
 * <pre>{@code
 * NamespaceArrangement a = new NamespaceLayout(sizes).arrange(diagram);
 * Diagram placed = a.applyTo(diagram);       // positions
 * List<NamespaceBox> boxes = a.boxes();      // rectangles to draw behind the cards
 * }</pre>
 */
public final class NamespaceLayout {
  /** Space between a box's edge and its cards (left, right, bottom). */
  public static final double BOX_PADDING = 16;

  /** Height reserved above a box's cards for its title (in addition to the padding). */
  public static final double BOX_TITLE = 38;

  /** Horizontal space between two cards of a box. */
  public static final double CARD_GAP_X = 36;

  /**
   * Width of a character of a box title in the overview, in canvas units: 9 pixels bold at a third
   * of the full size.
   */
  private static final double OVERVIEW_TITLE_CHAR = 19;

  /** Vertical space between two rows of cards of a box. */
  public static final double CARD_GAP_Y = 28;

  /** Space between two boxes. */
  public static final double BOX_GAP = 40;

  /** Title of the box of Cilium entities. */
  public static final String ENTITIES_TITLE = "Cilium entities";

  /** Title of the box of CIDRs and FQDNs. */
  public static final String OUTSIDE_TITLE = "Outside the cluster";

  /**
   * Width to height of the view a layout fits by default: the canvas of a maximised window on a
   * wide screen, about twice as wide as high once the side and bottom panes take their share.
   */
  public static final double VIEW_ASPECT = 2.1;

  /** How much wider than high the cards of a box are laid out: each is tried, the best kept. */
  private static final double[] BOX_SHAPES = {0.8, 1.6, 3.0};

  private static final int ROW_WIDTH_TRIES = 60;

  private final CardSize cards;
  private final double aspect;

  /**
   * A layout that leaves room for cards of the given sizes and fits a {@link #VIEW_ASPECT} view.
   */
  public NamespaceLayout(CardSize cards) {
    this(cards, VIEW_ASPECT);
  }

  /**
   * A layout that leaves room for cards of the given sizes and packs its boxes so the whole fits a
   * view {@code aspect} times as wide as high at the largest zoom.
   */
  public NamespaceLayout(CardSize cards, double aspect) {
    if (!(aspect > 0)) {
      throw new IllegalArgumentException("aspect must be positive: " + aspect);
    }
    this.cards = cards;
    this.aspect = aspect;
  }

  /** Arranges every node of the diagram, the boxes starting at (0, 0). */
  public NamespaceArrangement arrange(Diagram diagram) {
    return arrange(diagram.nodes(), diagram.flows(), Position.ORIGIN);
  }

  /**
   * Arranges the given nodes; {@code flows} decide which boxes sit next to each other (flows
   * touching nodes not given are ignored). The first box's top-left corner is {@code origin}.
   */
  public NamespaceArrangement arrange(
      Collection<? extends Node> nodes, Collection<Flow> flows, Position origin) {
    Map<String, Group> groups = groups(nodes);
    List<Group> ordered = new GroupOrder(groups, flows).order();
    List<SizedBox> bestBoxes = List.of();
    double[][] bestCorners = new double[0][];
    double bestZoom = -1;
    for (double boxShape : BOX_SHAPES) {
      List<SizedBox> sized = new ArrayList<>();
      for (Group g : ordered) {
        sized.add(size(g, boxShape));
      }
      double[][] corners = pack(sized);
      double zoom = zoom(sized, corners);
      if (zoom > bestZoom * (1 + 1e-9)) {
        bestZoom = zoom;
        bestBoxes = sized;
        bestCorners = corners;
      }
    }
    return place(bestBoxes, origin, bestCorners);
  }

  private static Map<String, Group> groups(Collection<? extends Node> nodes) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Node n : nodes) {
      Group g = groups.computeIfAbsent(keyOf(n), k -> newGroup(k, n));
      g.nodes().add(n);
    }
    Comparator<Node> byName =
        Comparator.comparing((Node n) -> n.name().toLowerCase(Locale.ROOT)).thenComparing(Node::id);
    groups.values().forEach(g -> g.nodes().sort(byName));
    return groups;
  }

  /** The key of the box a node belongs in. */
  static String keyOf(Node node) {
    if (node instanceof Workload w) {
      return "namespace:" + w.namespace();
    } else if (node instanceof EntityNode) {
      return "entities";
    } else if (node instanceof CidrNode || node instanceof FqdnNode) {
      return "outside";
    }
    throw new IllegalArgumentException("unknown node kind: " + node);
  }

  private static Group newGroup(String key, Node first) {
    if (first instanceof Workload w) {
      return new Group(key, w.namespace(), GroupKind.NAMESPACE, w.namespace(), new ArrayList<>());
    }
    return first instanceof EntityNode
        ? new Group(key, ENTITIES_TITLE, GroupKind.ENTITIES, null, new ArrayList<>())
        : new Group(key, OUTSIDE_TITLE, GroupKind.OUTSIDE, null, new ArrayList<>());
  }

  /**
   * Lays out a group's cards in rows relative to the box's top-left corner: as many as make the box
   * about {@code boxShape} times as wide as high, each card as wide as it is.
   */
  private SizedBox size(Group g, double boxShape) {
    int n = g.nodes().size();
    double cardW = g.nodes().stream().mapToDouble(cards::width).average().orElse(0);
    double cardH = g.nodes().stream().mapToDouble(cards::height).average().orElse(0);
    double widestCard = g.nodes().stream().mapToDouble(cards::width).max().orElse(0);
    int columns = columns(n, cardW + CARD_GAP_X, cardH + CARD_GAP_Y, boxShape);
    // the cards span the title as the overview writes it, where there are cards enough
    double titleRoom = OVERVIEW_TITLE_CHAR * displayedTitle(g).length() - 2 * BOX_PADDING;
    int titleColumns = (int) Math.ceil((titleRoom + CARD_GAP_X) / (cardW + CARD_GAP_X));
    columns = Math.max(columns, Math.min(n, titleColumns));
    double rowRoom = Math.max(widestCard, columns * (cardW + CARD_GAP_X) - CARD_GAP_X);
    Map<String, Position> relative = new LinkedHashMap<>();
    double y = BOX_PADDING + BOX_TITLE;
    double x = BOX_PADDING;
    double rowHeight = 0;
    double widest = 0;
    for (Node node : g.nodes()) {
      double w = cards.width(node);
      if (x > BOX_PADDING && x - BOX_PADDING + w > rowRoom + 0.5) {
        y += rowHeight + CARD_GAP_Y;
        x = BOX_PADDING;
        rowHeight = 0;
      }
      relative.put(node.id(), new Position(x, y));
      widest = Math.max(widest, x + w);
      rowHeight = Math.max(rowHeight, cards.height(node));
      x += w + CARD_GAP_X;
    }
    double width = Math.max(widest + BOX_PADDING, minimumWidth(g));
    double height = y + rowHeight + BOX_PADDING;
    return new SizedBox(g, relative, width, height);
  }

  /** Columns that make the grid of {@code n} cells {@code boxShape} times as wide as high. */
  private static int columns(int n, double stepX, double stepY, double boxShape) {
    if (n <= 1 || stepX <= 0) {
      return 1;
    }
    int c = (int) Math.ceil(Math.sqrt(n * stepY / stepX * boxShape));
    return Math.max(1, Math.min(n, c));
  }

  /** Room for the title as the canvas writes it: a templated namespace as it renders, marked. */
  private static double minimumWidth(Group g) {
    return 2 * BOX_PADDING + 8 * Math.min(displayedTitle(g).length(), 60);
  }

  private static String displayedTitle(Group g) {
    String title = g.title();
    if (TemplateValue.mentionsPlaceholder(title)) {
      title = PlaceholderValues.DEFAULTS.value(title) + " · templated";
    }
    return title;
  }

  /**
   * Packs the boxes in their order into a strip (see {@link SkylinePacking}), trying strip widths
   * from the widest box to all side by side and keeping the one whose whole fits a view of the
   * layout's aspect ratio at the largest zoom.
   */
  private double[][] pack(List<SizedBox> boxes) {
    List<double[]> sizes = new ArrayList<>();
    double widest = 0;
    double total = 0;
    for (SizedBox b : boxes) {
      sizes.add(new double[] {b.width(), b.height()});
      widest = Math.max(widest, b.width());
      total += b.width() + BOX_GAP;
    }
    double[][] best = SkylinePacking.pack(sizes, widest, BOX_GAP);
    double bestZoom = 0;
    for (int i = 0; i <= ROW_WIDTH_TRIES; i++) {
      double width = widest + (total - widest) * i / ROW_WIDTH_TRIES;
      double[][] corners = SkylinePacking.pack(sizes, width, BOX_GAP);
      double zoom = zoom(boxes, corners);
      if (zoom > bestZoom * (1 + 1e-9)) {
        bestZoom = zoom;
        best = corners;
      }
    }
    return best;
  }

  /** The zoom (up to a constant) at which the packed boxes fill a view of the layout's aspect. */
  private double zoom(List<SizedBox> boxes, double[][] corners) {
    double right = 1;
    double bottom = 1;
    for (int j = 0; j < corners.length; j++) {
      right = Math.max(right, corners[j][0] + boxes.get(j).width());
      bottom = Math.max(bottom, corners[j][1] + boxes.get(j).height());
    }
    return Math.min(aspect / right, 1 / bottom);
  }

  private static NamespaceArrangement place(
      List<SizedBox> boxes, Position origin, double[][] corners) {
    Map<String, Position> positions = new HashMap<>();
    List<NamespaceBox> placed = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      SizedBox b = boxes.get(i);
      double bx = origin.x() + corners[i][0];
      double by = origin.y() + corners[i][1];
      b.relative().forEach((id, p) -> positions.put(id, p.plus(bx, by)));
      Group g = b.group();
      placed.add(
          new NamespaceBox(
              g.key(),
              g.title(),
              g.kind(),
              g.namespace(),
              bx,
              by,
              b.width(),
              b.height(),
              List.copyOf(b.relative().keySet())));
    }
    return new NamespaceArrangement(positions, placed);
  }

  /** The nodes of one box before placement. */
  record Group(String key, String title, GroupKind kind, String namespace, List<Node> nodes) {}

  private record SizedBox(
      Group group, Map<String, Position> relative, double width, double height) {}
}
