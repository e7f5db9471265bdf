package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.SetChangeListener;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The diagram on screen. Namespace boxes, arrows with their labels, and below the detail zoom the
 * cards too, are painted into two pictures (see {@link CanvasPictures}); at or above it the cards
 * in sight are views. What is shown follows the focus and the filter (see {@link #view()}), how it
 * is marked follows the selection, the search, the walkthrough, observed traffic and the problems.
 */
public final class CanvasView extends Pane {

  /** Prefix of a dragged string that names a node kind to add. */
  public static final String DRAG_PREFIX = "policy-designer-kind:";

  private final Document document;
  private final Viewport viewport;
  private final Group world = new Group();
  private final Group cardLayer = new Group();
  private final Group overlay = new Group();
  private final GhostEdges ghosts;
  private final CanvasGeometry geometry = new CanvasGeometry(TextMeasures::width);
  private final CanvasMarks marks = new CanvasMarks();
  private final Visibility visibility = new Visibility();
  private final CanvasPictures pictures;
  private final CardViews cardViews;
  private final MoveGesture move;
  private final ConnectGesture connect;
  private final CanvasFocus focus;
  private final FindBar findBar;
  private final Minimap minimap;
  private boolean minimapWanted = true;
  private boolean minimapStale = true;
  private GraphPainter painter = new GraphPainter(CanvasPalette.LIGHT);
  private LiveMove moving = LiveMove.NONE;
  private DrawnArrow hovered;
  private final Map<String, Set<Mark>> cardMarks = new LinkedHashMap<>();
  private boolean geometryStale = true;
  private boolean marksStale = true;
  private boolean refreshWanted;
  private BiConsumer<String, Position> onDropKind = (k, p) -> {};

  public CanvasView(Document document) {
    this.document = document;
    getStyleClass().add("canvas");
    setId("canvas");
    setFocusTraversable(true);
    ghosts = new GhostEdges(geometry);
    world.getChildren().addAll(ghosts.layer(), cardLayer, overlay);
    viewport = new Viewport(this, world);
    pictures = new CanvasPictures(this, viewport.translation(), viewport.scaling());
    getChildren().addAll(pictures.still(), pictures.live(), world);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    move = new MoveGesture(this, document);
    connect = new ConnectGesture(this, overlay);
    cardViews = new CardViews(cardLayer, this::installCard);
    focus = new CanvasFocus(this, document, visibility, viewport);
    findBar = new FindBar(this, document);
    minimap = new Minimap(this);
    Rectangle mapClip = new Rectangle(Minimap.WIDTH, Minimap.HEIGHT);
    minimap.setClip(mapClip);
    minimap.setManaged(false);
    getChildren().addAll(minimap, findBar);
    viewport.setOnChange(this::refreshLater);
    new BackgroundGesture(this, viewport, overlay, document.selection(), move).install();
    new PaletteDropTarget(this).install();
    new CanvasKeys(this).install();
    document.diagramProperty().addListener((o, a, d) -> diagramChanged());
    document.selection().ids().addListener((SetChangeListener<String>) c -> marksChanged());
    sceneProperty().addListener((o, old, now) -> watchPulses(old, now));
    widthProperty().addListener((o, a, w) -> sizeChanged());
    heightProperty().addListener((o, a, h) -> sizeChanged());
    diagramChanged();
  }

  @Override
  protected void layoutChildren() {
    super.layoutChildren();
    if (findBar.isVisible()) {
      findBar.autosize();
      findBar.relocate(Math.max(0, getWidth() - findBar.getWidth() - 12), 10);
    }
    minimap.resize(Minimap.WIDTH, Minimap.HEIGHT);
    minimap.relocate(getWidth() - Minimap.WIDTH - 12, getHeight() - Minimap.HEIGHT - 12);
  }

  /** Shows or hides the minimap in the corner of the canvas. */
  public void setMinimapShown(boolean shown) {
    minimapWanted = shown;
    minimapStale = true;
    refreshLater();
  }

  /** Whether the minimap is wanted (it hides itself while the canvas is small). */
  public boolean minimapShown() {
    return minimapWanted;
  }

  /** Opens the search bar over the canvas (Ctrl+F). */
  public void showFind() {
    findBar.open();
    requestLayout();
  }

  private final Runnable beforeLayout = this::refreshIfWanted;

  private void watchPulses(javafx.scene.Scene old, javafx.scene.Scene now) {
    if (old != null) {
      old.removePreLayoutPulseListener(beforeLayout);
    }
    if (now != null) {
      now.addPreLayoutPulseListener(beforeLayout);
      refreshLater();
    }
  }

  private void installCard(NodeCardView card) {
    move.install(card);
    connect.install(card);
  }

  private void sizeChanged() {
    refreshLater();
    viewport.fitUntilUserZooms(this::zoomToFit);
  }

  private void diagramChanged() {
    visibility.diagramChanged();
    focus.diagramChanged();
    geometryStale = true;
    refreshLater();
  }

  /** The marks of something changed (selection, search, spotlight, problems, hover). */
  void marksChanged() {
    marksStale = true;
    refreshLater();
  }

  /** What is shown changed (focus, filter): lay out again. */
  void shownChanged() {
    geometryStale = true;
    refreshLater();
  }

  /** Asks for the canvas to be brought up to date before the next frame. */
  void refreshLater() {
    if (!refreshWanted) {
      refreshWanted = true;
      javafx.application.Platform.requestNextPulse();
    }
  }

  private void refreshIfWanted() {
    if (refreshWanted || pictures.pending()) {
      paintNow();
    }
  }

  /**
   * Brings the layout, marks and pictures up to date now (before a snapshot; the canvas otherwise
   * does so itself before each frame).
   */
  public void paintNow() {
    refreshWanted = false;
    ensureGeometry();
    if (marksStale) {
      markAll();
    }
    Diagram d = document.current();
    double zoom = viewport.scale();
    Box sight =
        zoom < PaintView.DETAIL_ZOOM
            ? null
            : CardViews.sight(
                getWidth(),
                getHeight(),
                viewport.translation().getX(),
                viewport.translation().getY(),
                zoom);
    cardViews.place(geometry, sight, moving.nodeIds(), d, subjects(d), this::cardMarks);
    pictures.paint(painter, geometry, moving, hovered, this::cardMarks, this::boxMarks);
    boolean mapShown =
        minimapWanted && getWidth() > 3 * Minimap.WIDTH && getHeight() > 2.5 * Minimap.HEIGHT;
    minimap.setVisible(mapShown);
    if (mapShown) {
      if (minimapStale) {
        minimap.paint(geometry, painter.palette(), pixelScale());
        minimapStale = false;
      }
      minimap.showView(visibleWorld());
    }
  }

  private double pixelScale() {
    javafx.stage.Window w = getScene() == null ? null : getScene().getWindow();
    return w == null || w.getRenderScaleX() <= 0 ? 1 : w.getRenderScaleX();
  }

  private void ensureGeometry() {
    if (geometryStale) {
      Diagram d = document.current();
      cardViews.update(d, subjects(d));
      geometry.update(d, id -> visibility.shown(d, id), marks::badge);
      geometryStale = false;
      marksStale = true;
      ghosts.show(marks.observation(), this::isShown);
      pictures.stillChanged();
      minimapStale = true;
    }
  }

  private void markAll() {
    Diagram d = document.current();
    marks.setSelected(document.selection().ids());
    cardMarks.clear();
    marks.markArrows(geometry);
    cardViews.mark(this::cardMarks);
    marksStale = false;
    pictures.stillChanged();
  }

  private Set<Mark> cardMarks(String id) {
    return cardMarks.computeIfAbsent(id, k -> marks.card(document.current(), k));
  }

  private Set<Mark> boxMarks(String namespace) {
    NamespaceBox box = geometry.box(namespace);
    return box == null ? Set.of() : marks.box(document.current(), box);
  }

  private static Set<String> subjects(Diagram d) {
    Set<String> ids = new java.util.HashSet<>();
    d.files().forEach(f -> f.subjects().forEach(s -> ids.add(s.workloadId())));
    return ids;
  }

  // ---- moving ----------------------------------------------------------------------------

  /**
   * Before cards are moved together (a drag): they and their arrows leave the still picture and are
   * drawn live until {@link #endMove}.
   */
  public void beginMove(Collection<String> nodeIds) {
    ensureGeometry();
    moving = LiveMove.of(geometry, nodeIds);
    pictures.stillChanged();
    refreshLater();
  }

  /** Moves what {@link #beginMove} took by (dx, dy) world units from where it started. */
  public void moveBy(double dx, double dy) {
    moving.moveBy(dx, dy, geometry);
    for (String id : moving.nodeIds()) {
      NodeCardView v = cardViews.view(id);
      document
          .current()
          .node(id)
          .ifPresent(
              n -> {
                if (v != null) {
                  v.relocate(n.position().x() + dx, n.position().y() + dy);
                }
              });
    }
    pictures.liveChanged();
    refreshLater();
  }

  /** Ends a move begun with {@link #beginMove}. */
  public void endMove() {
    if (!moving.isEmpty()) {
      moving = LiveMove.NONE;
      pictures.stillChanged();
      pictures.liveChanged();
      refreshLater();
    }
  }

  /** The current move, {@link LiveMove#NONE} when nothing moves. */
  LiveMove moving() {
    return moving;
  }

  // ---- what is under the pointer ---------------------------------------------------------

  /** The geometry, brought up to date. */
  CanvasGeometry geometry() {
    ensureGeometry();
    return geometry;
  }

  /** Whether cards are painted compact (below the detail zoom). */
  boolean compact() {
    return viewport.scale() < PaintView.DETAIL_ZOOM;
  }

  /**
   * What lies under a scene point: a node id, a flow id, or {@code namespace:NAME} for a namespace
   * box or collapsed namespace; empty over the background.
   */
  public java.util.Optional<String> elementAt(double sceneX, double sceneY) {
    Point2D p = sceneToWorld(sceneX, sceneY);
    CanvasGeometry g = geometry();
    String card = g.cardAt(p.getX(), p.getY());
    if (card != null) {
      return java.util.Optional.of(card);
    }
    NamespaceBox box = g.boxAt(p.getX(), p.getY());
    if (box != null) {
      return java.util.Optional.of(NamespaceBox.endKey(box.namespace()));
    }
    DrawnArrow a = g.arrowAt(p.getX(), p.getY(), 6 / viewport.scale());
    return a == null ? java.util.Optional.empty() : java.util.Optional.of(a.flows().get(0).id());
  }

  /** Shows the arrow under the mouse (its label, drawn on top); {@code null} for none. */
  void hover(DrawnArrow arrow) {
    if (arrow == hovered) {
      return;
    }
    hovered = arrow;
    marks.setHovered(arrow == null ? null : arrow.key());
    if (arrow != null) {
      arrow.mark(Mark.HOVERED, true);
    }
    pictures.liveChanged();
    refreshLater();
  }

  DrawnArrow hovered() {
    return hovered;
  }

  // ---- showing and marking ---------------------------------------------------------------

  /** Called with (from, to) when the user drags a new flow between two nodes. */
  public void setOnConnect(BiConsumer<String, String> handler) {
    connect.setOnConnect(handler);
  }

  /** Called with (kind, position) when a palette entry is dropped on the canvas. */
  public void setOnDropKind(BiConsumer<String, Position> handler) {
    onDropKind = handler;
  }

  void dropKind(String kind, Position position) {
    onDropKind.accept(kind, position);
  }

  /** Overlays observed traffic; {@code null} removes the overlay. */
  public void setObservation(ObservationReport report) {
    marks.setObservation(report);
    visibility.setObservation(report);
    shownChanged();
  }

  /** Called with the traffic of a ghost edge whose <i>Add as flow</i> was chosen. */
  public void setOnAddObserved(Consumer<Unmatched> handler) {
    ghosts.setOnAdd(handler);
  }

  /** The ghost edges drawn for observed traffic without a flow. */
  public List<GhostEdgeView> ghostEdges() {
    ensureGeometry();
    return ghosts.edges();
  }

  /** Highlights the cards and arrows of these ids and dims all others; {@code null}: none. */
  public void setSpotlight(Set<String> ids) {
    marks.setSpotlight(ids);
    marksChanged();
  }

  /** The problems found in the diagram: they colour cards and arrows and feed the filter. */
  public void setProblems(List<Problem> problems) {
    Map<String, dev.policydesigner.model.check.Severity> worst = new java.util.HashMap<>();
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
      shownChanged();
    }
    marksChanged();
  }

  /** Shows only what {@code filter} lets through ({@link CanvasFilter#NONE}: everything). */
  public void setFilter(CanvasFilter filter) {
    visibility.setFilter(filter);
    shownChanged();
  }

  /** The filter in force. */
  public CanvasFilter filter() {
    return visibility.filter();
  }

  /** Marks these nodes and flows as found by a search (an empty set clears the marks). */
  public void setFound(Set<String> ids) {
    marks.setFound(ids);
    marksChanged();
  }

  /** Fades out the nodes and flows with these ids (they would not render with chosen values). */
  public void setFaded(Set<String> ids) {
    marks.setFaded(ids);
    marksChanged();
  }

  /** Paints with these colours (light or dark theme). */
  public void setPalette(CanvasPalette palette) {
    painter = new GraphPainter(palette);
    pictures.stillChanged();
    minimapStale = true;
    refreshLater();
  }

  /** The marks of a node's card or of the arrow that draws a flow. */
  public Set<Mark> marks(String id) {
    paintNow();
    if (document.current().node(id).isPresent()) {
      return Set.copyOf(cardMarks(id));
    }
    DrawnArrow a = geometry.arrowOf(id);
    return a == null ? Set.of() : Set.copyOf(a.marks());
  }

  /** Whether the node or flow with this id is shown (not hidden by focus, filter or collapse). */
  public boolean isShown(String id) {
    ensureGeometry();
    return geometry.cards().containsKey(id)
        || geometry.arrowOf(id) != null && geometry.arrowOf(id).key().equals(id);
  }

  // ---- focus -----------------------------------------------------------------------------

  /** Shows only these nodes and their neighbours up to {@code hops} flows away until unfocused. */
  public void focus(Collection<String> nodeIds, int hops) {
    focus.focus(nodeIds, hops);
  }

  /** Focuses on the selection, one flow away; again for the same selection, two flows away. */
  public void focusOnSelection() {
    focus.focusOnSelection();
  }

  /** Shows everything again and returns to the view before the focus. */
  public void unfocus() {
    focus.unfocus();
  }

  /** The focused neighbourhood, {@code null} when everything is shown. */
  public ReadOnlyObjectProperty<Neighbourhood> focusProperty() {
    return focus.property();
  }

  // ---- namespaces ------------------------------------------------------------------------

  /** Collapses or expands namespaces, as one undoable edit. */
  public void setCollapsed(Set<String> namespaces, boolean collapsed) {
    Set<String> change = new java.util.TreeSet<>(namespaces);
    if (collapsed) {
      change.removeAll(document.current().collapsedNamespaces());
    } else {
      change.retainAll(document.current().collapsedNamespaces());
    }
    if (!change.isEmpty()) {
      document.perform(new dev.policydesigner.model.edit.CollapseNamespacesEdit(change, collapsed));
    }
  }

  /** The namespaces with a box on the canvas (shown workloads), in drawing order. */
  public List<String> namespaces() {
    return geometry().boxes().stream().map(NamespaceBox::namespace).toList();
  }

  /** The box of a namespace (its frame, or its card when collapsed), or {@code null}. */
  public NamespaceBox namespaceBox(String namespace) {
    return geometry().box(namespace);
  }

  // ---- coordinates and view --------------------------------------------------------------

  /** The point of the canvas world under a scene point. */
  public Point2D sceneToWorld(double sceneX, double sceneY) {
    return world.sceneToLocal(sceneX, sceneY);
  }

  /** The scene point of a world point. */
  public Point2D worldToScene(double x, double y) {
    return world.localToScene(x, y);
  }

  /** The view of a node's card, when it is shown as a view (in sight, at the detail zoom). */
  public NodeCardView card(String id) {
    paintNow();
    return cardViews.view(id);
  }

  /** The arrow that draws a flow, or {@code null} when the flow is not shown. */
  public DrawnArrow arrow(String flowId) {
    paintNow();
    return geometry.arrowOf(flowId);
  }

  /** The drawn size of every card, for auto-layout. */
  public Map<String, double[]> cardSizes() {
    Map<String, double[]> sizes = new LinkedHashMap<>();
    for (Node n : document.current().nodes()) {
      Box b = CanvasGeometry.cardBox(n);
      sizes.put(n.id(), new double[] {b.w(), b.h()});
    }
    return sizes;
  }

  /** A free place for a new node near the top left of the visible area. */
  public Position freeSpot() {
    return new FreeSpotFinder(geometry().cards().values()).near(viewport.visibleTopLeft());
  }

  /** The bounds of everything drawn, in canvas-world units. */
  public Bounds contentBounds() {
    Box b = geometry().bounds();
    Bounds extra = overlay.getBoundsInParent();
    Bounds ghostBounds = ghosts.layer().getBoundsInParent();
    if (b == null) {
      return new BoundingBox(0, 0, -1, -1);
    }
    double minX = Math.min(b.x(), extra.isEmpty() ? b.x() : extra.getMinX());
    double minY = Math.min(b.y(), extra.isEmpty() ? b.y() : extra.getMinY());
    double maxX = Math.max(b.maxX(), extra.isEmpty() ? b.maxX() : extra.getMaxX());
    double maxY = Math.max(b.maxY(), extra.isEmpty() ? b.maxY() : extra.getMaxY());
    if (!ghostBounds.isEmpty()) {
      minX = Math.min(minX, ghostBounds.getMinX());
      minY = Math.min(minY, ghostBounds.getMinY());
      maxX = Math.max(maxX, ghostBounds.getMaxX());
      maxY = Math.max(maxY, ghostBounds.getMaxY());
    }
    return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
  }

  /** Fits what is shown in view. */
  public void zoomToFit() {
    Bounds all = contentBounds();
    viewport.fit(all.isEmpty() ? null : all);
  }

  /** Shows the node's card in the middle of the canvas, at 100 % unless zoomed in further. */
  public void centerOn(String nodeId) {
    String key = geometry().endOf(nodeId);
    Box b = key == null ? null : geometry.end(key);
    if (b != null) {
      viewport.centerOn(b.centerX(), b.centerY(), Math.max(1.0, viewport.scale()));
    }
  }

  /** Zooms by {@code factor} around the centre of the canvas. */
  public void zoomBy(double factor) {
    viewport.zoomAt(getWidth() / 2, getHeight() / 2, factor);
  }

  /** Moves the view by (dx, dy) screen pixels, as dragging the background does. */
  public void panBy(double dx, double dy) {
    viewport.panBy(dx, dy);
  }

  /** The zoom factor (1 = 100 %). */
  public double zoom() {
    return viewport.scale();
  }

  /** The zoom factor as it changes (1 = 100 %). */
  public ReadOnlyDoubleProperty zoomProperty() {
    return viewport.zoomProperty();
  }

  /** The world rectangle in view. */
  public Box visibleWorld() {
    double s = viewport.scale();
    return new Box(
        -viewport.translation().getX() / s,
        -viewport.translation().getY() / s,
        getWidth() / s,
        getHeight() / s);
  }

  /** Shows world point (x, y) in the middle of the canvas at the current zoom. */
  public void showWorldPoint(double x, double y) {
    viewport.centerOn(x, y, viewport.scale());
  }

  /** Shows world point (x, y) in the middle of the canvas at zoom {@code scale}. */
  void showWorldPoint(double x, double y, double scale) {
    viewport.centerOn(x, y, scale);
  }

  Document document() {
    return document;
  }
}
