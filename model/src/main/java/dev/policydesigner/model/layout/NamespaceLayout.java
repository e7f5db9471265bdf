package dev.policydesigner.model.layout;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
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
 * for addresses outside the cluster), the cards of a box in a grid inside it, the boxes packed in
 * rows with the groups that talk most to each other next to each other. Nothing overlaps: cards are
 * sized by the given {@link CardSize}, boxes leave {@link #BOX_PADDING} around their cards and
 * {@link #BOX_TITLE} above them for the title, and boxes are {@link #BOX_GAP} apart.
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
  public static final double BOX_PADDING = 20;

  /** Height reserved above a box's cards for its title (in addition to the padding). */
  public static final double BOX_TITLE = 28;

  /** Horizontal space between two cards of a box. */
  public static final double CARD_GAP_X = 40;

  /** Vertical space between two rows of cards of a box. */
  public static final double CARD_GAP_Y = 32;

  /** Space between two boxes. */
  public static final double BOX_GAP = 64;

  /** Title of the box of Cilium entities. */
  public static final String ENTITIES_TITLE = "Cilium entities";

  /** Title of the box of CIDRs and FQDNs. */
  public static final String OUTSIDE_TITLE = "Outside the cluster";

  private static final double ROW_WIDTH_FACTOR = 1.6;

  private final CardSize cards;

  /** A layout that leaves room for cards of the given sizes. */
  public NamespaceLayout(CardSize cards) {
    this.cards = cards;
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
    List<SizedBox> sized = new ArrayList<>();
    for (Group g : ordered) {
      sized.add(size(g));
    }
    return pack(sized, origin);
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

  /** Lays out a group's cards in a grid relative to the box's top-left corner. */
  private SizedBox size(Group g) {
    int n = g.nodes().size();
    double cardW = g.nodes().stream().mapToDouble(cards::width).max().orElse(0);
    double cardH = g.nodes().stream().mapToDouble(cards::height).average().orElse(0);
    int columns = columns(n, cardW + CARD_GAP_X, cardH + CARD_GAP_Y);
    Map<String, Position> relative = new LinkedHashMap<>();
    double y = BOX_PADDING + BOX_TITLE;
    double widest = 0;
    for (int row = 0; row * columns < n; row++) {
      double x = BOX_PADDING;
      double rowHeight = 0;
      for (int i = row * columns; i < Math.min(n, (row + 1) * columns); i++) {
        Node node = g.nodes().get(i);
        relative.put(node.id(), new Position(x, y));
        rowHeight = Math.max(rowHeight, cards.height(node));
        x += cardW + CARD_GAP_X;
      }
      widest = Math.max(widest, x - CARD_GAP_X);
      y += rowHeight + CARD_GAP_Y;
    }
    double width = Math.max(widest + BOX_PADDING, minimumWidth(g));
    double height = y - CARD_GAP_Y + BOX_PADDING;
    return new SizedBox(g, relative, width, height);
  }

  /** Columns that make the grid of {@code n} cells of the given steps about square. */
  private static int columns(int n, double stepX, double stepY) {
    if (n <= 1 || stepX <= 0) {
      return 1;
    }
    int c = (int) Math.ceil(Math.sqrt(n * stepY / stepX * ROW_WIDTH_FACTOR));
    return Math.max(1, Math.min(n, c));
  }

  private static double minimumWidth(Group g) {
    return 2 * BOX_PADDING + 8 * Math.min(g.title().length(), 60);
  }

  /** Packs boxes left to right in rows of about the width that makes the whole about 16:10. */
  private static NamespaceArrangement pack(List<SizedBox> boxes, Position origin) {
    double area = 0;
    double widest = 0;
    for (SizedBox b : boxes) {
      area += (b.width() + BOX_GAP) * (b.height() + BOX_GAP);
      widest = Math.max(widest, b.width());
    }
    double rowWidth = Math.max(widest, Math.sqrt(area * ROW_WIDTH_FACTOR));
    Map<String, Position> positions = new HashMap<>();
    List<NamespaceBox> placed = new ArrayList<>();
    double x = origin.x();
    double y = origin.y();
    double rowHeight = 0;
    for (SizedBox b : boxes) {
      if (x > origin.x() && x - origin.x() + b.width() > rowWidth) {
        x = origin.x();
        y += rowHeight + BOX_GAP;
        rowHeight = 0;
      }
      double bx = x;
      double by = y;
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
      x += b.width() + BOX_GAP;
      rowHeight = Math.max(rowHeight, b.height());
    }
    return new NamespaceArrangement(positions, placed);
  }

  /** The nodes of one box before placement. */
  record Group(String key, String title, GroupKind kind, String namespace, List<Node> nodes) {}

  private record SizedBox(
      Group group, Map<String, Position> relative, double width, double height) {}
}
