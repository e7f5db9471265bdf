package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.geometry.Route;
import dev.policydesigner.model.Flow;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One arrow as the canvas draws it: a flow, or all flows between a collapsed namespace and another
 * end. It knows its route, its label and where the label was placed, and its marks.
 */
public final class DrawnArrow {
  private final String key;
  private final List<Flow> flows;
  private final String fromKey;
  private final String toKey;
  private final ArrowLabel label;
  private Route route;
  private Box labelBox;
  private double[] labelSize;
  private final EnumSet<Mark> marks = EnumSet.noneOf(Mark.class);

  DrawnArrow(String key, List<Flow> flows, String fromKey, String toKey, ArrowLabel label) {
    this.key = key;
    this.flows = List.copyOf(flows);
    this.fromKey = fromKey;
    this.toKey = toKey;
    this.label = label;
  }

  /** The flow id, or for the arrow of a collapsed namespace a key of both ends. */
  public String key() {
    return key;
  }

  /** The flows drawn by this arrow (one, unless a namespace is collapsed). */
  public List<Flow> flows() {
    return flows;
  }

  /** Whether it stands for the flows of a collapsed namespace. */
  public boolean isAggregate() {
    return !key.equals(flows.get(0).id()) || flows.size() > 1;
  }

  /** The key of the source end: a node id, or the key of a collapsed namespace. */
  public String fromKey() {
    return fromKey;
  }

  public String toKey() {
    return toKey;
  }

  public ArrowLabel label() {
    return label;
  }

  public Route route() {
    return route;
  }

  void setRoute(Route r) {
    route = r;
  }

  /** The size of the label at 100 % zoom, measured once. */
  double[] labelSize(ArrowLabel.TextMeasure measure) {
    if (labelSize == null) {
      labelSize = label.size(measure);
    }
    return labelSize;
  }

  /** Where the label sits in the world, or {@code null} when there was no room for it. */
  public Box labelBox() {
    return labelBox;
  }

  void setLabelBox(Box b) {
    labelBox = b;
  }

  /** The marks it is drawn with. */
  public Set<Mark> marks() {
    return java.util.Collections.unmodifiableSet(marks);
  }

  boolean has(Mark m) {
    return marks.contains(m);
  }

  /** Sets or clears a mark; returns whether that changed anything. */
  boolean mark(Mark m, boolean on) {
    return on ? marks.add(m) : marks.remove(m);
  }

  /** Whether it is the same arrow: same flows between the same ends with the same label. */
  boolean sameAs(DrawnArrow o) {
    return o != null
        && key.equals(o.key)
        && flows.equals(o.flows)
        && fromKey.equals(o.fromKey)
        && toKey.equals(o.toKey)
        && label.equals(o.label);
  }
}
