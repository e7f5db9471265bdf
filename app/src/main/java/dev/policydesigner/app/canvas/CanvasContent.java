package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.export.diagram.image.CardText;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;

/**
 * What the canvas shows and how, kept up to date lazily: the geometry (laid out again when the
 * diagram or what is shown changed), the marks (when the selection, search, spotlight, problems or
 * hover changed), the card views in sight, the two pictures and the minimap. {@link #paint} brings
 * all of it up to date; the canvas calls it before each frame.
 */
final class CanvasContent {
  private final CanvasView canvas;
  private final Document document;
  private final CanvasGeometry geometry = new CanvasGeometry(TextMeasures::width);
  private final CanvasMarks marks = new CanvasMarks();
  private final Visibility visibility = new Visibility();
  private final CanvasPictures pictures;
  private final CardViews cardViews;
  private final GhostEdges ghosts;
  private final ChangedEdges changedEdges;
  private final Group edgeLayer;
  private final Minimap minimap;
  private final Map<String, Set<Mark>> cardMarks = new LinkedHashMap<>();
  private GraphPainter painter;
  private PlaceholderValues values = PlaceholderValues.DEFAULTS;
  private LiveMove moving = LiveMove.NONE;
  private DrawnArrow hovered;
  private boolean geometryStale = true;
  private boolean marksStale = true;
  private boolean minimapWanted = true;
  private boolean minimapStale = true;
  private Box drawnBounds;

  CanvasContent(CanvasView canvas, Document document, Viewport viewport, Group cardLayer) {
    this.canvas = canvas;
    this.document = document;
    this.pictures = new CanvasPictures(canvas, viewport.translation(), viewport.scaling());
    this.cardViews = new CardViews(cardLayer, canvas::installCard);
    this.ghosts = new GhostEdges(geometry);
    this.changedEdges = new ChangedEdges(geometry);
    this.edgeLayer = new Group(ghosts.layer(), changedEdges.layer());
    this.minimap = new Minimap(canvas);
    this.painter = painter(CanvasPalette.LIGHT);
  }

  /** A painter in these colours that titles boxes and names cards as this content does. */
  private GraphPainter painter(CanvasPalette palette) {
    GraphPainter p = new GraphPainter(palette);
    p.setTitles(this::title);
    p.setNames(this::shownName);
    return p;
  }

  /** The name of {@code node}'s card, its placeholders rendered. */
  String shownName(Node node) {
    return CardText.shownName(node, values);
  }

  /** What the box of {@code namespace} is titled, its placeholders rendered. */
  BoxTitle title(String namespace) {
    return BoxTitle.of(namespace, values);
  }

  /** Renders the placeholders of namespace titles with these values (from cluster.yaml). */
  void setValues(PlaceholderValues values) {
    this.values = values;
    cardViews.setValues(values);
    pictures.stillChanged();
  }

  CanvasPictures pictures() {
    return pictures;
  }

  GhostEdges ghosts() {
    return ghosts;
  }

  /** The edges drawn between cards besides the flows: observed traffic, a comparison's changes. */
  Group edgeLayer() {
    return edgeLayer;
  }

  ChangedEdges changedEdges() {
    return changedEdges;
  }

  Minimap minimap() {
    return minimap;
  }

  Visibility visibility() {
    return visibility;
  }

  CanvasMarks marks() {
    return marks;
  }

  boolean pending() {
    return pictures.pending();
  }

  void diagramChanged() {
    visibility.diagramChanged();
    geometryStale = true;
  }

  void marksChanged() {
    marksStale = true;
  }

  void shownChanged() {
    geometryStale = true;
  }

  /** Brings layout, marks, views and pictures up to date for the view {@code sight} shows. */
  void paint(Viewport viewport) {
    CanvasGeometry g = geometry();
    if (marksStale) {
      markAll();
    }
    Diagram d = document.current();
    double zoom = viewport.scale();
    Box sight =
        zoom < PaintView.DETAIL_ZOOM
            ? null
            : CardViews.sight(
                canvas.getWidth(),
                canvas.getHeight(),
                viewport.translation().getX(),
                viewport.translation().getY(),
                zoom);
    cardViews.place(g, sight, moving.nodeIds(), d, subjects(d), this::cardMarks);
    pictures.paint(painter, g, moving, hovered, this::cardMarks, this::boxMarks);
    boolean mapShown =
        minimapWanted
            && canvas.getWidth() > 3 * Minimap.WIDTH
            && canvas.getHeight() > 2.5 * Minimap.HEIGHT
            && !showsAll(drawnBounds, canvas.visibleWorld());
    minimap.setVisible(mapShown);
    if (mapShown) {
      if (minimapStale) {
        minimap.paint(g, painter.palette(), pixelScale());
        minimapStale = false;
      }
      minimap.showView(canvas.visibleWorld());
    }
  }

  /** Whether all of {@code content} is in {@code view}: then a minimap would only hide part. */
  private static boolean showsAll(Box content, Box view) {
    return content == null
        || (content.x() >= view.x()
            && content.y() >= view.y()
            && content.maxX() <= view.maxX()
            && content.maxY() <= view.maxY());
  }

  private double pixelScale() {
    javafx.stage.Window w = canvas.getScene() == null ? null : canvas.getScene().getWindow();
    return w == null || w.getRenderScaleX() <= 0 ? 1 : w.getRenderScaleX();
  }

  /** The geometry, laid out again first if the diagram or what is shown changed. */
  CanvasGeometry geometry() {
    if (geometryStale) {
      Diagram d = document.current();
      cardViews.update(d, subjects(d));
      geometry.update(d, id -> visibility.shown(d, id), marks::badge);
      geometryStale = false;
      marksStale = true;
      ghosts.show(marks.observation(), this::isShown);
      changedEdges.show(this::isShown);
      pictures.stillChanged();
      minimapStale = true;
      drawnBounds = geometry.bounds();
    }
    return geometry;
  }

  private void markAll() {
    marks.setSelected(document.selection().ids());
    cardMarks.clear();
    marks.markArrows(geometry);
    cardViews.mark(this::cardMarks);
    marksStale = false;
    pictures.stillChanged();
  }

  Set<Mark> cardMarks(String id) {
    return cardMarks.computeIfAbsent(id, k -> marks.card(document.current(), k));
  }

  private Set<Mark> boxMarks(String namespace) {
    NamespaceBox box = geometry.box(namespace);
    return box == null ? Set.of() : marks.box(document.current(), box);
  }

  private static Set<String> subjects(Diagram d) {
    Set<String> ids = new HashSet<>();
    d.files().forEach(f -> f.subjects().forEach(s -> ids.add(s.workloadId())));
    return ids;
  }

  /** The marks of a node's card or of the arrow that draws a flow. */
  Set<Mark> marksOf(String id) {
    geometry();
    if (marksStale) {
      markAll();
    }
    if (document.current().node(id).isPresent()) {
      return Set.copyOf(cardMarks(id));
    }
    DrawnArrow a = geometry.arrowOf(id);
    return a == null ? Set.of() : Set.copyOf(a.marks());
  }

  /** Whether the node or flow is shown, not hidden by focus, filter or a collapsed namespace. */
  boolean isShown(String id) {
    CanvasGeometry g = geometry();
    DrawnArrow a = g.arrowOf(id);
    return g.cards().containsKey(id) || (a != null && a.key().equals(id));
  }

  /** The problems: the worst per node or flow marks it, the codes feed the filter. */
  void setProblems(List<Problem> problems) {
    Map<String, Severity> worst = new HashMap<>();
    for (Problem p : problems) {
      for (String id : new String[] {p.nodeId(), p.flowId()}) {
        if (id != null) {
          worst.merge(id, p.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
      }
    }
    marks.setFindings(worst);
    visibility.setProblems(problems);
    if (!visibility.filter().problemCodes().isEmpty()) {
      geometryStale = true;
    }
    marksStale = true;
  }

  void setPalette(CanvasPalette palette) {
    painter = painter(palette);
    pictures.stillChanged();
    minimapStale = true;
  }

  void setMinimapWanted(boolean wanted) {
    minimapWanted = wanted;
    minimapStale = true;
  }

  boolean minimapWanted() {
    return minimapWanted;
  }

  // ---- moving and hover ------------------------------------------------------------------

  void beginMove(Collection<String> nodeIds) {
    moving = LiveMove.of(geometry(), nodeIds);
    pictures.stillChanged();
  }

  void moveBy(double dx, double dy) {
    moving.moveBy(dx, dy, geometry);
    for (String id : moving.nodeIds()) {
      NodeCardView v = cardViews.view(id);
      if (v != null) {
        document
            .current()
            .node(id)
            .ifPresent(n -> v.relocate(n.position().x() + dx, n.position().y() + dy));
      }
    }
    pictures.liveChanged();
  }

  /** Ends the move; returns whether there was one. */
  boolean endMove() {
    if (moving.isEmpty()) {
      return false;
    }
    moving = LiveMove.NONE;
    pictures.stillChanged();
    pictures.liveChanged();
    return true;
  }

  LiveMove moving() {
    return moving;
  }

  /** Shows the arrow under the mouse; returns whether that changed anything. */
  boolean hover(DrawnArrow arrow) {
    if (arrow == hovered) {
      return false;
    }
    hovered = arrow;
    marks.setHovered(arrow == null ? null : arrow.key());
    if (arrow != null) {
      arrow.mark(Mark.HOVERED, true);
    }
    pictures.liveChanged();
    return true;
  }

  DrawnArrow hovered() {
    return hovered;
  }

  /** The card view of a node, if one was made. */
  NodeCardView view(String id) {
    return cardViews.view(id);
  }

  /**
   * The world bounds of the laid-out content and of {@code extras} (groups in world units), or
   * {@code null} when there is no content.
   */
  Box bounds(Group... extras) {
    Box b = geometry().bounds();
    for (Group g : extras) {
      javafx.geometry.Bounds e = g.getBoundsInParent();
      if (b != null && !e.isEmpty()) {
        b = b.union(Box.spanning(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
      }
    }
    return b;
  }

  /** Per-node sizes of every card, for auto-layout. */
  static Map<String, double[]> sizes(Diagram d) {
    Map<String, double[]> sizes = new LinkedHashMap<>();
    d.nodes()
        .forEach(
            n -> {
              Box b = CanvasGeometry.cardBox(n);
              sizes.put(n.id(), new double[] {b.w(), b.h()});
            });
    return sizes;
  }
}
