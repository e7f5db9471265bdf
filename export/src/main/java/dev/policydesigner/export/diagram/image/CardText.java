package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The lines of text on a node's card, already wrapped and ellipsised to the card's width: the name
 * (one or two lines, bold), a caption (the namespace, or what kind of peer the node is), details
 * (selector labels {@code key=value}, entity names, the CIDR and its exceptions, DNS names) and the
 * condition under which the node exists, shortened ({@code only if loki_enabled}).
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

  /** Most detail lines a card shows. */
  public static final int MAX_DETAILS = 3;

  private static final double NAME_WIDTH = CardGeometry.WIDTH - CardGeometry.TEXT_LEFT - 10;
  private static final double DETAIL_WIDTH = CardGeometry.WIDTH - 2 * CardGeometry.PADDING - 2;

  public CardText {
    title = List.copyOf(title);
    details = List.copyOf(details);
  }

  /** The text of {@code node}'s card. */
  public static CardText of(Node node) {
    List<String> title = TextWidth.wrap(node.name(), TITLE_SIZE, true, NAME_WIDTH, 2);
    String condition =
        node.condition() == null
            ? null
            : TextWidth.ellipsise(
                "only if " + ConditionText.shorten(node.condition()),
                CONDITION_SIZE,
                false,
                DETAIL_WIDTH);
    return new CardText(title, caption(node), details(node), condition);
  }

  /** All lines: name, caption, details and condition. */
  public int lineCount() {
    return title.size() + 1 + details.size() + (condition == null ? 0 : 1);
  }

  private static String caption(Node node) {
    String text;
    if (node instanceof Workload w) {
      text = "ns " + w.namespace();
    } else if (node instanceof EntityNode e) {
      text = e.entities().size() == 1 ? "Cilium entity" : "Cilium entities";
    } else if (node instanceof CidrNode) {
      text = "CIDR";
    } else {
      text = "FQDN";
    }
    return TextWidth.ellipsise(text, TEXT_SIZE, false, NAME_WIDTH);
  }

  private static List<String> details(Node node) {
    List<String> lines = new ArrayList<>();
    if (node instanceof Workload w) {
      for (Label l : w.labels()) {
        lines.add(TextWidth.ellipsiseHead(l.key(), "=" + l.value(), TEXT_SIZE, DETAIL_WIDTH));
      }
      if (lines.isEmpty()) {
        lines.add("all pods of the namespace");
      }
    } else if (node instanceof EntityNode e) {
      String names = e.entities().stream().map(x -> x.yamlName()).collect(Collectors.joining(", "));
      lines.addAll(
          TextWidth.wrap(names.isEmpty() ? "none" : names, TEXT_SIZE, false, DETAIL_WIDTH, 2));
    } else if (node instanceof CidrNode c) {
      lines.add(c.cidr());
      c.except().forEach(x -> lines.add("except " + x));
    } else if (node instanceof FqdnNode f) {
      f.selectors().stream().map(FqdnSelector::value).forEach(lines::add);
      if (lines.isEmpty()) {
        lines.add("no names");
      }
    }
    return limit(lines);
  }

  private static List<String> limit(List<String> lines) {
    List<String> kept =
        new ArrayList<>(lines.size() > MAX_DETAILS ? lines.subList(0, MAX_DETAILS - 1) : lines);
    if (lines.size() > MAX_DETAILS) {
      kept.add("+" + (lines.size() - MAX_DETAILS + 1) + " more");
    }
    kept.replaceAll(l -> TextWidth.ellipsise(l, TEXT_SIZE, false, DETAIL_WIDTH));
    return kept;
  }
}
