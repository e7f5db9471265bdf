package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import java.util.List;
import java.util.Optional;

/**
 * What a canvas writes where it paints: the titles of its boxes and the names on compact cards, as
 * they are painted at the current zoom. Call on the JavaFX thread.
 */
public final class PaintedText {
  private final CanvasView canvas;
  private final CanvasContent content;
  private final Viewport viewport;

  PaintedText(CanvasView canvas, CanvasContent content, Viewport viewport) {
    this.canvas = canvas;
    this.content = content;
    this.viewport = viewport;
  }

  /** What the box of a namespace says (its placeholders rendered with the repo's values). */
  public BoxTitle boxTitle(String namespace) {
    return content.title(namespace);
  }

  /**
   * The title of a namespace's box as written at the current zoom (not collapsed, drawn): one line,
   * its size in scene pixels, and whether it is whole; empty when it is not written.
   */
  public Optional<PaintedName> boxTitleAsWritten(String namespace) {
    NamespaceBox box = canvas.geometry().box(namespace);
    double zoom = viewport.scale();
    if (box == null || box.collapsed() || !box.drawn()) {
      return Optional.empty();
    }
    BoxTitle title = boxTitle(namespace);
    CardPainter.TitleFit fit =
        CardPainter.fitTitle(
            new PaintView(zoom, 0, 0, 1, zoom, 0, 0), box.frame().w() * zoom, title);
    return fit == null
        ? Optional.empty()
        : Optional.of(
            new PaintedName(
                List.of(fit.text()), fit.font().size(), fit.text().equals(title.text())));
  }

  /** The namespaces whose box is not titled at the current zoom (collapsed, or not drawn). */
  public List<String> untitledNamespaces() {
    return canvas.namespaces().stream().filter(ns -> boxTitleAsWritten(ns).isEmpty()).toList();
  }

  /** The titles of the boxes drawn around the entities and around the addresses outside. */
  public List<String> peerBoxTitles() {
    return canvas.geometry().peerBoxes().stream()
        .filter(NamespaceBox::drawn)
        .map(NamespaceBox::namespace)
        .toList();
  }

  /**
   * The name of a card as painted at the current zoom, when cards are painted compact (below the
   * detail zoom); empty when the card is a view or not shown.
   */
  public Optional<PaintedName> name(String nodeId) {
    CanvasGeometry g = canvas.geometry();
    Box card = g.cards().get(nodeId);
    double zoom = viewport.scale();
    if (card == null || zoom >= PaintView.DETAIL_ZOOM) {
      return Optional.empty();
    }
    String name = content.shownName(g.node(nodeId));
    CardPainter.CompactName painted =
        CardPainter.compactName(
            name, new PaintView(zoom, 0, 0, 1, zoom, 0, 0), card.w() * zoom, card.h() * zoom);
    return Optional.of(
        new PaintedName(painted.lines(), painted.font().size(), painted.shows(name, false)));
  }
}
