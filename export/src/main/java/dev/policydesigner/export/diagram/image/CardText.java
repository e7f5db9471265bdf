package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.expr.TemplateValue;
import java.util.ArrayList;
import java.util.List;

/**
 * The text on a node's card and a flow's label, the one wording the canvas and the images share:
 * the name, a caption (the namespace, or what kind of peer the node is), details (selector labels
 * {@code key=value} and the ports of a workload, entity names, the CIDR and its exceptions, DNS
 * names; at most {@link #MAX_DETAILS} lines) and the condition under which the node exists,
 * shortened ({@code only if loki_enabled}). {@link #of} gives it as the canvas shows it (its labels
 * cut what does not fit); {@link #fitted} wraps it to the card's width (the name on as many lines
 * as it needs, up to {@link #MAX_TITLE_LINES}, the card growing with it) and cuts what still does
 * not fit.
 *
 * @param title lines of the name
 * @param caption namespace or kind of peer
 * @param details at most {@link #MAX_DETAILS} lines
 * @param condition the shortened condition line, or {@code null}
 */
public record CardText(List<String> title, String caption, List<String> details, String condition) {
  /** Font size of the name (bold). */
  public static final double TITLE_SIZE = 13;

  /** Font size of the caption and details. */
  public static final double TEXT_SIZE = 11;

  /** Font size of the condition line (italic). */
  public static final double CONDITION_SIZE = 10.5;

  /** Most lines a card gives its name; a longer name is cut with an ellipsis. */
  public static final int MAX_TITLE_LINES = 6;

  /** Most detail lines a card shows. */
  public static final int MAX_DETAILS = 3;

  /** The colour of conditions: on cards and flow labels, on the canvas and in the images. */
  public static final String CONDITION_COLOUR = Palette.CONDITION;

  public CardText {
    title = List.copyOf(title);
    details = List.copyOf(details);
  }

  /** The text of {@code node}'s card, each line whole. */
  public static CardText of(Node node) {
    return new CardText(List.of(node.name()), caption(node), details(node), condition(node));
  }

  /** The text of {@code node}'s card wrapped and cut with an ellipsis to the card's width. */
  public static CardText fitted(Node node) {
    return fitted(node, CardGeometry.widthFor(node));
  }

  /**
   * The text of {@code node}'s card as the canvas shows it, wrapped and cut to the card's width:
   * the placeholders of its name, namespace, label values, CIDRs and DNS names rendered with {@code
   * values} (the repo's {@code cluster.yaml}, else their defaults) and the caption marked {@code
   * templated} where the mark fits. The card keeps the size of its text as written (which holds the
   * default); a repo value longer than its placeholder is cut like any text.
   */
  public static CardText fitted(Node node, PlaceholderValues values) {
    Node shown = values.resolve(node);
    String name = shownName(node, values);
    if (shown == node && name.equals(node.name())) {
      return fitted(node);
    }
    double width = CardGeometry.widthFor(node);
    String marked = caption(shown) + " · templated";
    String caption =
        TextWidth.of(marked, TEXT_SIZE, false) <= nameWidth(width) ? marked : caption(shown);
    CardText whole = new CardText(List.of(name), caption, details(shown), condition(node));
    return fitted(node, whole, width);
  }

  /** The name of {@code node} with its placeholders rendered with {@code values}. */
  public static String shownName(Node node, PlaceholderValues values) {
    String name = node.name();
    return TemplateValue.mentionsPlaceholder(name) ? values.value(name) : name;
  }

  /** The text of {@code node} wrapped and cut to a card {@code cardWidth} wide. */
  static CardText fitted(Node node, double cardWidth) {
    return fitted(node, of(node), cardWidth);
  }

  private static CardText fitted(Node node, CardText whole, double cardWidth) {
    double nameWidth = nameWidth(cardWidth);
    double detailWidth = cardWidth - 2 * CardGeometry.PADDING - 2;
    List<String> title =
        TextWidth.wrapName(whole.title.get(0), TITLE_SIZE, true, nameWidth, MAX_TITLE_LINES);
    String caption = TextWidth.ellipsise(whole.caption, TEXT_SIZE, false, nameWidth);
    List<String> details = new ArrayList<>();
    for (String line : whole.details) {
      details.addAll(fit(node, line, detailWidth));
    }
    String condition =
        whole.condition == null
            ? null
            : TextWidth.ellipsise(whole.condition, CONDITION_SIZE, false, detailWidth);
    return new CardText(title, caption, details, condition);
  }

  /** All lines: name, caption, details and condition. */
  public int lineCount() {
    return title.size() + 1 + details.size() + (condition == null ? 0 : 1);
  }

  /** {@code ns NAMESPACE} for a workload, else what kind of peer the node is. */
  public static String caption(Node node) {
    if (node instanceof Workload w) {
      return "ns " + w.namespace();
    }
    if (node instanceof EntityNode e) {
      return e.entities().size() == 1 ? "Cilium entity" : "Cilium entities";
    }
    return node instanceof CidrNode ? "CIDR" : "FQDN";
  }

  /** The detail lines, at most {@link #MAX_DETAILS}: the last says how many more there are. */
  public static List<String> details(Node node) {
    List<String> lines = new ArrayList<>();
    if (node instanceof Workload w) {
      workloadDetails(w, lines);
    } else if (node instanceof EntityNode e) {
      List<String> names = e.entities().stream().map(Entity::yamlName).toList();
      lines.add(names.isEmpty() ? "none" : String.join(", ", names));
    } else if (node instanceof CidrNode c) {
      lines.add(c.cidr());
      c.except().forEach(x -> lines.add("except " + x));
    } else if (node instanceof FqdnNode f) {
      f.selectors().stream().map(FqdnSelector::value).forEach(lines::add);
      if (lines.isEmpty()) {
        lines.add("no names");
      }
    }
    if (lines.size() <= MAX_DETAILS) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, MAX_DETAILS - 1));
    kept.add("+" + (lines.size() - MAX_DETAILS + 1) + " more");
    return kept;
  }

  private static void workloadDetails(Workload w, List<String> lines) {
    for (Label l : w.labels()) {
      lines.add(l.key() + "=" + l.value());
    }
    if (lines.isEmpty()) {
      lines.add("all pods of the namespace");
    }
    if (!w.ports().isEmpty()) {
      List<String> ports = new ArrayList<>();
      for (WorkloadPort p : w.ports()) {
        ports.add(p.port() + "/" + p.protocol());
      }
      lines.add("ports " + String.join(", ", ports));
    }
  }

  /** {@code only if CONDITION} without default filters, or {@code null} for a node always there. */
  public static String condition(Node node) {
    return node.condition() == null ? null : "only if " + ConditionText.shorten(node.condition());
  }

  /** A flow's ports in one short line: {@code 8081/TCP}, {@code 53/UDP+TCP}, {@code all ports}. */
  public static String ports(Flow flow) {
    return PortText.of(flow.ports());
  }

  /** {@code if CONDITION} without default filters, or {@code null} for an unguarded flow. */
  public static String condition(Flow flow) {
    return flow.condition() == null ? null : "if " + ConditionText.shorten(flow.condition());
  }

  /** The width the name has on a card {@code cardWidth} wide, right of the icon. */
  static double nameWidth(double cardWidth) {
    return cardWidth - CardGeometry.TEXT_LEFT - 10;
  }

  private static List<String> fit(Node node, String line, double width) {
    int eq = line.indexOf('=');
    if (node instanceof Workload && eq > 0 && !line.startsWith("ports ")) {
      String head = line.substring(0, eq);
      return List.of(TextWidth.ellipsiseHead(head, line.substring(eq), TEXT_SIZE, width));
    }
    if (node instanceof EntityNode) {
      return TextWidth.wrap(line, TEXT_SIZE, false, width, 2);
    }
    return List.of(TextWidth.ellipsise(line, TEXT_SIZE, false, width));
  }
}
