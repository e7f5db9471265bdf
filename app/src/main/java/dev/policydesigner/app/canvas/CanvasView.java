package dev.policydesigner.app.canvas;

import dev.policydesigner.app.canvas.geometry.Box;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.CollapseNamespacesEdit;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * in sight are views. What is shown follows the focus and the filter, how it is marked follows the
 * selection, the search, the walkthrough, observed traffic and the problems.
 */
public final class CanvasView extends Pane {

  /** Prefix of a dragged string that names a node kind to add. */
  public static final String DRAG_PREFIX = "policy-designer-kind:";

  private final Document document;
  private final Viewport viewport;
  private final Group world = new Group();
  private final Group cardLayer = new Group();
  private final Group gestureLayer = new Group();
  private final CanvasContent content;
  private final CanvasOverlay overlay;
  private final MoveGesture move;
  private final ConnectGesture connect;
  private final CanvasFocus focus;
  private final FindBar findBar;
  private final NextFrame nextFrame;
  private BiConsumer<String, Position> onDropKind = (k, p) -> {};

  public CanvasView(Document document) {
    this.document = document;
    getStyleClass().add("canvas");
    setId("canvas");
    setFocusTraversable(true);
    viewport = new Viewport(this, world);
    nextFrame = new NextFrame(this::paintNow);
    move = new MoveGesture(this, document);
    connect = new ConnectGesture(this, gestureLayer);
    content = new CanvasContent(this, document, viewport, cardLayer);
    overlay = new CanvasOverlay(this, content);
    world.getChildren().addAll(content.edgeLayer(), cardLayer, gestureLayer);
    CanvasPictures pictures = content.pictures();
    findBar = new FindBar(this, document);
    Minimap minimap = content.minimap();
    minimap.setManaged(false);
    getChildren().addAll(pictures.still(), pictures.live(), world, minimap, findBar);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    focus = new CanvasFocus(this, document, content.visibility(), viewport);
    viewport.setOnChange(this::refreshLater);
    new BackgroundGesture(this, viewport, gestureLayer, document.selection(), move).install();
    new PaletteDropTarget(this).install();
    new CanvasKeys(this).install();
    document.diagramProperty().addListener((o, a, d) -> diagramChanged());
    document.selection().ids().addListener((SetChangeListener<String>) c -> marksChanged());
    nextFrame.install(this, content::pending);
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
    Minimap minimap = content.minimap();
    minimap.resize(Minimap.WIDTH, Minimap.HEIGHT);
    minimap.relocate(getWidth() - Minimap.WIDTH - 12, getHeight() - Minimap.HEIGHT - 12);
  }

  void installCard(NodeCardView card) {
    move.install(card);
    connect.install(card);
  }

  private void sizeChanged() {
    refreshLater();
    viewport.fitUntilUserZooms(this::zoomToFit);
  }

  private void diagramChanged() {
    content.diagramChanged();
    focus.diagramChanged();
    refreshLater();
  }

  /** The marks of something changed (selection, search, spotlight, problems, hover). */
  void marksChanged() {
    content.marksChanged();
    refreshLater();
  }

  /** What is shown changed (focus, filter): lay out again. */
  void shownChanged() {
    content.shownChanged();
    refreshLater();
  }

  /** Asks for the canvas to be brought up to date before the next frame. */
  void refreshLater() {
    nextFrame.request();
  }

  /**
   * Brings the layout, marks and pictures up to date now (before a snapshot; the canvas otherwise
   * does so itself before each frame).
   */
  public void paintNow() {
    nextFrame.done();
    content.paint(viewport);
  }

  /** Opens the search bar over the canvas (Ctrl+F). */
  public void showFind() {
    findBar.open();
    requestLayout();
  }

  /** Shows or hides the minimap in the corner of the canvas (it hides itself on small canvases). */
  public void setMinimapShown(boolean shown) {
    content.setMinimapWanted(shown);
    refreshLater();
  }

  /** Whether the minimap is wanted. */
  public boolean minimapShown() {
    return content.minimapWanted();
  }

  // ---- moving, and what is under the pointer -------------------------------------------

  /**
   * Before cards are moved together (a drag): they and their arrows leave the still picture and are
   * drawn live until {@link #endMove}.
   */
  public void beginMove(Collection<String> nodeIds) {
    content.beginMove(nodeIds);
    refreshLater();
  }

  /** Moves what {@link #beginMove} took by (dx, dy) world units from where it started. */
  public void moveBy(double dx, double dy) {
    content.moveBy(dx, dy);
    refreshLater();
  }

  /** Ends a move begun with {@link #beginMove}. */
  public void endMove() {
    if (content.endMove()) {
      refreshLater();
    }
  }

  /** The geometry, brought up to date. */
  CanvasGeometry geometry() {
    return content.geometry();
  }

  /** The pictures the canvas paints itself. */
  CanvasPictures pictures() {
    return content.pictures();
  }

  /** Whether cards are painted compact (below the detail zoom). */
  boolean compact() {
    return viewport.scale() < PaintView.DETAIL_ZOOM;
  }

  /**
   * What lies under a scene point: a node id, a flow id, or {@code namespace:NAME} for a namespace
   * box or collapsed namespace; empty over the background.
   */
  public Optional<String> elementAt(double sceneX, double sceneY) {
    Point2D p = sceneToWorld(sceneX, sceneY);
    CanvasGeometry g = geometry();
    String card = g.cardAt(p.getX(), p.getY());
    if (card != null) {
      return Optional.of(card);
    }
    NamespaceBox box = g.boxAt(p.getX(), p.getY());
    if (box != null) {
      return Optional.of(NamespaceBox.endKey(box.namespace()));
    }
    DrawnArrow a = g.arrowAt(p.getX(), p.getY(), 6 / viewport.scale());
    return a == null ? Optional.empty() : Optional.of(a.flows().get(0).id());
  }

  /** Shows the arrow under the mouse (its label, drawn on top); {@code null} for none. */
  void hover(DrawnArrow arrow) {
    if (content.hover(arrow)) {
      refreshLater();
    }
  }

  DrawnArrow hovered() {
    return content.hovered();
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

  /** Called with the traffic of a ghost edge whose <i>Add as flow</i> was chosen. */
  public void setOnAddObserved(Consumer<Unmatched> handler) {
    content.ghosts().setOnAdd(handler);
  }

  /** The ghost edges drawn for observed traffic without a flow. */
  public List<GhostEdgeView> ghostEdges() {
    geometry();
    return content.ghosts().edges();
  }

  /** What is laid over the diagram: traffic, changes, spotlight, search, problems, filter. */
  public CanvasOverlay overlay() {
    return overlay;
  }

  /** The marks of a node's card or of the arrow that draws a flow. */
  public Set<Mark> marks(String id) {
    return content.marksOf(id);
  }

  /** Whether the node or flow is shown (not hidden by focus, filter or a collapsed namespace). */
  public boolean isShown(String id) {
    return content.isShown(id);
  }

  // ---- focus and namespaces ------------------------------------------------------------

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

  /** Collapses or expands namespaces, as one undoable edit. */
  public void setCollapsed(Set<String> namespaces, boolean collapsed) {
    CollapseNamespacesEdit.changing(document.current(), namespaces, collapsed)
        .ifPresent(document::perform);
  }

  /** The namespaces with shown workloads, in drawing order. */
  public List<String> namespaces() {
    return geometry().boxes().stream().map(NamespaceBox::namespace).toList();
  }

  /** The box of a namespace (its frame, or its card when collapsed), or {@code null}. */
  public NamespaceBox namespaceBox(String namespace) {
    return geometry().box(namespace);
  }

  /** What the canvas writes on boxes and compact cards, for checking it can be read. */
  public PaintedText paintedText() {
    return new PaintedText(this, content, viewport);
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
    nextFrame.paintNowOnFxThread();
    return content.view(id);
  }

  /** The arrow that draws a flow, or {@code null} when the flow is not shown. */
  public DrawnArrow arrow(String flowId) {
    nextFrame.paintNowOnFxThread();
    return geometry().arrowOf(flowId);
  }

  /** The drawn size of every card, for auto-layout. */
  public Map<String, double[]> cardSizes() {
    return CanvasContent.sizes(document.current());
  }

  /** A free place for a new node near the top left of the visible area. */
  public Position freeSpot() {
    return new FreeSpotFinder(geometry().cards().values()).near(viewport.visibleTopLeft());
  }

  /** The bounds of everything drawn, in canvas-world units. */
  public Bounds contentBounds() {
    Box b = content.bounds(gestureLayer, content.edgeLayer());
    return b == null ? new BoundingBox(0, 0, -1, -1) : new BoundingBox(b.x(), b.y(), b.w(), b.h());
  }

  /** Fits what is shown in view. */
  public void zoomToFit() {
    Bounds all = contentBounds();
    viewport.fit(all.isEmpty() ? null : all);
  }

  /** Shows the node's card in the middle of the canvas, at 100 % unless zoomed in further. */
  public void centerOn(String nodeId) {
    CanvasGeometry g = geometry();
    String key = g.endOf(nodeId);
    Box b = key == null ? null : g.end(key);
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
    return viewport.visibleWorld(getWidth(), getHeight());
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
