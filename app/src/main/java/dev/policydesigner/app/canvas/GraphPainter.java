package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.canvas.geometry.Route;
import dev.policydesigner.app.canvas.raster.Raster;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.PlaceholderValues;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Paints the canvas content that is not a view into rasters: the still picture (namespace boxes,
 * arrows, labels, compact cards and collapsed namespaces that are not being moved) and the live
 * picture (what a drag moves, the label under the mouse).
 */
final class GraphPainter {
  private final CanvasPalette palette;
  private final ArrowPainter arrows;
  private final CardPainter cards;
  private Function<String, BoxTitle> titles = ns -> BoxTitle.of(ns, PlaceholderValues.DEFAULTS);
  private Function<Node, String> names = Node::name;

  GraphPainter(CanvasPalette palette) {
    this.palette = palette;
    this.arrows = new ArrowPainter(palette);
    this.cards = new CardPainter(palette);
  }

  CanvasPalette palette() {
    return palette;
  }

  /** Sets what the box of a namespace is titled. */
  void setTitles(Function<String, BoxTitle> titles) {
    this.titles = titles;
  }

  /** Sets what the card of a node is named (its placeholders rendered). */
  void setNames(Function<Node, String> names) {
    this.names = names;
  }

  /**
   * The still picture: everything of {@code g} except what {@code moving} holds.
   *
   * @param cardMarks the marks of a card, by node id
   */
  void paintStill(
      Raster r,
      PaintView v,
      CanvasGeometry g,
      LiveMove moving,
      Function<String, Set<Mark>> cardMarks,
      Function<String, Set<Mark>> boxMarks) {
    r.fill(palette.background());
    for (NamespaceBox box : g.boxes()) {
      if (box.together()
          && !box.collapsed()
          && !moving.movesBox(box.namespace())
          && v.sees(box.frame(), 20)) {
        cards.paintBox(
            r, v, box, titles.apply(box.namespace()), boxOpacity(boxMarks.apply(box.namespace())));
      }
    }
    for (NamespaceBox box : g.peerBoxes()) {
      if (box.together() && v.sees(box.frame(), 20)) {
        cards.paintBox(r, v, box, new BoxTitle(box.namespace(), false, box.namespace()), 1);
      }
    }
    for (DrawnArrow a : g.arrows()) {
      if (!moving.moves(a) && v.sees(a.route().bounds(), 16)) {
        arrows.paintLine(r, v, a);
      }
    }
    for (DrawnArrow a : g.arrows()) {
      if (!moving.moves(a)) {
        paintLabel(r, v, g, a, false);
      }
    }
    if (v.compact()) {
      for (Map.Entry<String, Box> c : g.cards().entrySet()) {
        String id = c.getKey();
        if (!moving.movesEnd(id) && v.sees(c.getValue(), 4)) {
          Node n = g.node(id);
          cards.paintCompact(r, v, n, names.apply(n), c.getValue(), cardMarks.apply(id));
        }
      }
    }
    for (NamespaceBox box : g.boxes()) {
      String key = NamespaceBox.endKey(box.namespace());
      if (box.collapsed() && !moving.movesEnd(key) && v.sees(box.frame(), 4)) {
        Set<Mark> marks = boxMarks.apply(box.namespace());
        cards.paintCollapsed(r, v, box, titles.apply(box.namespace()), marks, boxOpacity(marks));
      }
    }
  }

  /** The label of an arrow, where the zoom and its marks call for one. */
  private void paintLabel(Raster r, PaintView v, CanvasGeometry g, DrawnArrow a, boolean live) {
    boolean wanted = a.has(Mark.SELECTED) || a.has(Mark.HOVERED) || a.has(Mark.LIT);
    if (v.compact() && !wanted) {
      return;
    }
    Box box = a.labelBox() != null ? a.labelBox() : wanted ? g.labelBoxOf(a) : null;
    if (box != null && (live || v.sees(box, 40))) {
      arrows.paintLabel(r, v, a, box, v.compact());
    }
  }

  /** The live picture: what {@code moving} moves, at its current place, and the hovered label. */
  void paintLive(
      Raster r,
      PaintView v,
      CanvasGeometry g,
      LiveMove moving,
      DrawnArrow hovered,
      Function<String, Set<Mark>> cardMarks) {
    for (NamespaceBox box : g.boxes()) {
      if (box.together() && !box.collapsed() && moving.movesBox(box.namespace())) {
        cards.paintBox(r, v, moving.movedBox(box), titles.apply(box.namespace()), 1);
      }
    }
    for (Map.Entry<DrawnArrow, Route> e : moving.routes().entrySet()) {
      arrows.paintLine(r, v, e.getKey(), e.getValue());
    }
    for (Map.Entry<String, Box> e : moving.ends().entrySet()) {
      String key = e.getKey();
      if (g.cards().containsKey(key) && v.compact()) {
        Node n = g.node(key);
        cards.paintCompact(r, v, n, names.apply(n), e.getValue(), cardMarks.apply(key));
      } else if (moving.collapsedBox(key) != null) {
        NamespaceBox box = moving.collapsedBox(key);
        cards.paintCollapsed(
            r, v, box.movedTo(e.getValue()), titles.apply(box.namespace()), Set.of(), 1);
      }
    }
    if (hovered != null && hovered.route() != null) {
      arrows.paintLine(r, v, hovered);
      paintLabel(r, v, g, hovered, true);
    }
  }

  private static double boxOpacity(Set<Mark> marks) {
    return marks.contains(Mark.DIMMED) ? 0.35 : 1;
  }
}
