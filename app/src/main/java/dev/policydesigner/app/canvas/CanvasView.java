package dev.policydesigner.app.canvas;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservationReport.Unmatched;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The diagram as a scene graph: cards for nodes, arrows for flows. Views are kept in maps by id and
 * only the ones whose element changed are updated.
 */
public final class CanvasView extends Pane {
  private Map<String, String> changes = Map.of();

  /** Prefix of a dragged string that names a node kind to add. */
  public static final String DRAG_PREFIX = "policy-designer-kind:";

  private final Document document;
  private final Viewport viewport;
  private final Group world = new Group();
  private final Group flowLayer = new Group();
  private final Group movingFlowLayer = new Group();
  private final Rectangle flowClip = new Rectangle();
  private final Group nodeLayer = new Group();
  private final Group overlay = new Group();
  private final Group ghostLayer = new Group();
  private ObservationReport observation;
  private Consumer<Unmatched> onAddObserved = u -> {};
  private final Map<String, NodeCardView> cards = new HashMap<>();
  private final Map<String, FlowArrowView> arrows = new HashMap<>();
  private final CanvasLayers layers;
  private final ViewportCulling culling;
  private final NodeDragGesture nodeDrag;
  private final ConnectGesture connect;
  private BiConsumer<String, Position> onDropKind = (k, p) -> {};
  private Set<String> spotlight;
  private final ReadOnlyObjectWrapper<Neighbourhood> focus = new ReadOnlyObjectWrapper<>();
  private int focusHops;
  private double[] viewBeforeFocus;

  public CanvasView(Document document) {
    this.document = document;
    getStyleClass().add("canvas");
    setId("canvas");
    setFocusTraversable(true);
    world.getChildren().addAll(flowLayer, movingFlowLayer, ghostLayer, nodeLayer, overlay);
    // the arrows that stay put are painted once into a bitmap the size of the view; the arrows of
    // moving (and just moved) cards live in their own layer meanwhile (see beginMove)
    flowLayer.setCache(true);
    flowLayer.setClip(flowClip);
    getChildren().add(world);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    viewport = new Viewport(this, world);
    layers = new CanvasLayers(flowLayer, movingFlowLayer, nodeLayer, this::placeAgain);
    layers.flushBeforePulses(this);
    layers.setHidden(this::hiddenByFocus);
    culling = new ViewportCulling(this, viewport.translation(), viewport.scaling(), layers::place);
    viewport.setOnChange(this::cull);
    nodeDrag = new NodeDragGesture(this, document);
    connect = new ConnectGesture(this, overlay);
    new BackgroundGesture(this, viewport, overlay, document.selection()).install();
    new PaletteDropTarget(this).install();
    document.diagramProperty().addListener((o, a, d) -> show(d));
    document.selection().ids().addListener((SetChangeListener<String>) this::selectionChanged);
    show(document.current());
    addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::focusKeys);
    widthProperty().addListener((o, a, w) -> sizeChanged());
    heightProperty().addListener((o, a, h) -> sizeChanged());
  }

  /** F focuses on the selection (again: two flows away), Esc shows everything again. */
  private void focusKeys(javafx.scene.input.KeyEvent e) {
    boolean plain = !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown();
    if (plain && e.getCode() == javafx.scene.input.KeyCode.F) {
      focusOnSelection();
      e.consume();
    } else if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && focus.get() != null) {
      unfocus();
      e.consume();
    }
  }

  private void sizeChanged() {
    cull();
    fitUntilUserZooms();
  }

  /**
   * Leaves out what lies outside the visible area (after pan, zoom, resize or a new diagram),
   * before the next frame.
   */
  private void cull() {
    if (culling.refresh(cards.values(), arrows.values())) {
      // the bitmap of the arrows that stay put is painted anew: the arrows a drop left on top join
      layers.settle().forEach(culling::place);
    }
    culling.clipToView(flowClip);
  }

  private void placeAgain(javafx.scene.Node view) {
    if (view instanceof NodeCardView c) {
      culling.place(c);
    } else if (view instanceof FlowArrowView a) {
      culling.place(a);
    }
  }

  /**
   * Before cards are moved together (a drag): their arrows go to a layer of their own, so the
   * arrows that stay put keep their painted bitmap. They stay there, drawn live on top, after
   * {@link #endMove}, so a drop costs one ordinary frame; they join the others again when that
   * bitmap is painted anew anyway (zoom, a pan out of the area it covers, a move of other cards).
   */
  public void beginMove(Collection<String> nodeIds) {
    endMove();
    layers.beginMove(nodeIds, arrows.values()).forEach(culling::place);
  }

  /** Ends a move begun with {@link #beginMove}. */
  public void endMove() {
    if (!layers.endMove().isEmpty()) {
      cull(); // the moved cards may leave the view; their arrows now count as staying put
    }
  }

  /**
   * The bounds of every card, arrow and overlay, in the world, in view or not (sizes are current: a
   * view whose content changed stays in the scene graph until it has been laid out again).
   */
  private Bounds drawnBounds() {
    applyCss();
    layout();
    return new DrawnBounds()
        .add(cards.values())
        .add(arrows.values())
        .add(ghostLayer.getBoundsInParent())
        .add(overlay.getBoundsInParent())
        .bounds();
  }

  private Bounds focusBounds() {
    applyCss();
    layout();
    DrawnBounds b = new DrawnBounds();
    cards.forEach((id, c) -> b.add(isShown(id) ? c.getBoundsInParent() : EMPTY));
    arrows.forEach((id, a) -> b.add(isShown(id) ? a.getBoundsInParent() : EMPTY));
    return b.bounds();
  }

  private static final Bounds EMPTY = new javafx.geometry.BoundingBox(0, 0, -1, -1);

  /** Until the user pans or zooms, the diagram is kept fitted in view as the canvas resizes. */
  private void fitUntilUserZooms() {
    if (!viewport.userMoved() && getWidth() > 0 && getHeight() > 0) {
      javafx.application.Platform.runLater(
          () -> {
            if (!viewport.userMoved()) {
              zoomToFit();
            }
          });
    }
  }

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

  private void show(Diagram d) {
    Set<String> subjects = new HashSet<>();
    d.files().forEach(f -> f.subjects().forEach(s -> subjects.add(s.workloadId())));
    Set<String> seen = new HashSet<>();
    for (Node n : d.nodes()) {
      seen.add(n.id());
      NodeCardView card = cards.get(n.id());
      if (card == null) {
        card = new NodeCardView(n, subjects.contains(n.id()));
        card.setSelected(document.selection().contains(n.id()));
        cards.put(n.id(), card);
        Spotlight.apply(card, n.id(), spotlight);
        layers.addCard(card);
        nodeDrag.install(card);
        connect.install(card);
        NodeCardView placed = card;
        card.layoutXProperty().addListener(o -> culling.place(placed));
        card.layoutYProperty().addListener(o -> culling.place(placed));
        card.body().widthProperty().addListener(o -> culling.place(placed));
        card.body().heightProperty().addListener(o -> culling.place(placed));
      } else {
        card.update(n, subjects.contains(n.id()));
      }
    }
    cards.keySet().removeIf(id -> !seen.contains(id) && removeCard(id));
    showFlows(d);
  }

  private boolean removeCard(String id) {
    layers.removeCard(cards.get(id));
    return true;
  }

  private void showFlows(Diagram d) {
    Set<String> pairs = new HashSet<>();
    for (Flow f : d.flows()) {
      pairs.add(f.from() + "\n" + f.to());
    }
    Set<String> seen = new HashSet<>();
    for (Flow f : d.flows()) {
      NodeCardView from = cards.get(f.from());
      NodeCardView to = cards.get(f.to());
      if (from == null || to == null) {
        continue;
      }
      seen.add(f.id());
      boolean paired = pairs.contains(f.to() + "\n" + f.from());
      FlowArrowView arrow = arrows.get(f.id());
      if (arrow == null) {
        arrow = new FlowArrowView(f, from, to, paired);
        arrow.setSelected(document.selection().contains(f.id()));
        arrows.put(f.id(), arrow);
        Spotlight.apply(arrow, f.id(), spotlight);
        layers.addArrow(arrow);
        installFlowClick(arrow);
        arrow.cullWith(culling);
      } else {
        arrow.update(f, from, to, paired);
      }
    }
    arrows.keySet().removeIf(id -> !seen.contains(id) && removeArrow(id));
    cull();
    showObservation();
    arrows.forEach((id, arrow) -> arrow.setChange(changes.get(id)));
  }

  /**
   * Colours the arrows of flows a comparison changed (flow id → {@code added}, {@code removed} or
   * {@code changed}); an empty map clears the colours.
   */
  public void setChanges(Map<String, String> flowChanges) {
    changes = Map.copyOf(flowChanges);
    arrows.forEach((id, arrow) -> arrow.setChange(changes.get(id)));
  }

  /** The flows a comparison changed, as last set. */
  public Map<String, String> changes() {
    return changes;
  }

  /** Overlays observed traffic; {@code null} removes the overlay. */
  public void setObservation(ObservationReport report) {
    observation = report;
    showObservation();
  }

  /** Called with the traffic of a ghost edge whose <i>Add as flow</i> was chosen. */
  public void setOnAddObserved(Consumer<Unmatched> handler) {
    onAddObserved = handler;
  }

  private void showObservation() {
    arrows.forEach(
        (id, arrow) ->
            arrow.setObserved(
                observation == null ? null : observation.matchedFlow(id).orElse(null),
                observation != null));
    ghostLayer.getChildren().forEach(g -> ((GhostEdgeView) g).unbind());
    ghostLayer.getChildren().clear();
    if (observation == null) {
      return;
    }
    for (Unmatched u : observation.unmatched()) {
      NodeCardView from = u.source().nodeId().map(cards::get).orElse(null);
      NodeCardView to = u.destination().nodeId().map(cards::get).orElse(null);
      if (from != null && to != null && from != to) {
        ghostLayer.getChildren().add(new GhostEdgeView(u, from, to, onAddObserved));
      }
    }
  }

  /** The ghost edges drawn for observed traffic without a flow. */
  public java.util.List<GhostEdgeView> ghostEdges() {
    return ghostLayer.getChildren().stream().map(g -> (GhostEdgeView) g).toList();
  }

  private boolean removeArrow(String id) {
    FlowArrowView arrow = arrows.get(id);
    arrow.unbind();
    layers.removeArrow(arrow);
    return true;
  }

  private void installFlowClick(FlowArrowView arrow) {
    arrow.setOnMousePressed(
        e -> {
          requestFocus();
          String id = arrow.flow().id();
          if (e.isShortcutDown() || e.isShiftDown()) {
            document.selection().toggle(id);
          } else {
            document.selection().selectOnly(id);
          }
          e.consume();
        });
  }

  private void selectionChanged(SetChangeListener.Change<? extends String> change) {
    String id = change.wasAdded() ? change.getElementAdded() : change.getElementRemoved();
    boolean selected = change.wasAdded();
    NodeCardView card = cards.get(id);
    if (card != null) {
      card.setSelected(selected);
    }
    FlowArrowView arrow = arrows.get(id);
    if (arrow != null) {
      arrow.setSelected(selected);
    }
  }

  /**
   * Highlights the cards and arrows of these ids and dims all others; {@code null} shows all as
   * usual.
   */
  public void setSpotlight(Set<String> ids) {
    spotlight = ids == null ? null : Set.copyOf(ids);
    cards.forEach((id, card) -> Spotlight.apply(card, id, spotlight));
    arrows.forEach((id, arrow) -> Spotlight.apply(arrow, id, spotlight));
  }

  /**
   * Shows only these nodes and their neighbours up to {@code hops} flows away, and the flows
   * between them; hides the rest until {@link #unfocus}. The focused part is fitted in view.
   */
  public void focus(Collection<String> nodeIds, int hops) {
    Neighbourhood n = Neighbourhood.of(document.current(), nodeIds, hops);
    if (n.nodeIds().isEmpty()) {
      return;
    }
    if (focus.get() == null) {
      viewBeforeFocus = viewport.state();
    }
    focusHops = hops;
    focus.set(n);
    showFocus();
    zoomToFit();
  }

  /**
   * Focuses on the selected nodes (or the ends of the selected flows), one flow away; asked again
   * for the same selection, two flows away.
   */
  public void focusOnSelection() {
    Set<String> ids = new java.util.LinkedHashSet<>();
    Diagram d = document.current();
    for (String id : document.selection().ids()) {
      if (d.node(id).isPresent()) {
        ids.add(id);
      } else {
        d.flow(id).ifPresent(f -> ids.addAll(java.util.List.of(f.from(), f.to())));
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    boolean again = focus.get() != null && focusHops == 1 && focusedOn.equals(ids);
    focusedOn = Set.copyOf(ids);
    focus(ids, again ? 2 : 1);
  }

  private Set<String> focusedOn = Set.of();

  /** Shows everything again and returns to the view before the focus. */
  public void unfocus() {
    if (focus.get() == null) {
      return;
    }
    focus.set(null);
    focusedOn = Set.of();
    showFocus();
    if (viewBeforeFocus != null) {
      viewport.restore(viewBeforeFocus);
    }
  }

  /** The focused neighbourhood, {@code null} when everything is shown. */
  public ReadOnlyObjectProperty<Neighbourhood> focusProperty() {
    return focus.getReadOnlyProperty();
  }

  /** Whether the node or flow with this id is shown (not hidden by a focus). */
  public boolean isShown(String id) {
    Neighbourhood n = focus.get();
    return (cards.containsKey(id) || arrows.containsKey(id)) && (n == null || n.contains(id));
  }

  private boolean hiddenByFocus(javafx.scene.Node view) {
    if (view instanceof NodeCardView c) {
      return !isShown(c.nodeId());
    }
    return view instanceof FlowArrowView a && !isShown(a.flow().id());
  }

  private void showFocus() {
    layers.settle().forEach(culling::place);
    culling.refresh(cards.values(), arrows.values());
    for (javafx.scene.Node g : ghostLayer.getChildren()) {
      GhostEdgeView ghost = (GhostEdgeView) g;
      ghost.setVisible(focus.get() == null || ghostShown(ghost));
    }
  }

  private boolean ghostShown(GhostEdgeView ghost) {
    return ghost.traffic().source().nodeId().map(this::isShown).orElse(false)
        && ghost.traffic().destination().nodeId().map(this::isShown).orElse(false);
  }

  /** The point of the canvas world under a scene point. */
  public Point2D sceneToWorld(double sceneX, double sceneY) {
    return world.sceneToLocal(sceneX, sceneY);
  }

  /** The card under a world point, if any (topmost first). */
  NodeCardView cardAt(Point2D world) {
    var children = nodeLayer.getChildren();
    for (int i = children.size() - 1; i >= 0; i--) {
      NodeCardView c = (NodeCardView) children.get(i);
      if (c.containsWorld(world.getX(), world.getY())) {
        return c;
      }
    }
    return null;
  }

  Iterable<NodeCardView> cardViews() {
    return cards.values();
  }

  /** The card of a node, or {@code null}. */
  public NodeCardView card(String id) {
    return cards.get(id);
  }

  /** The arrow of a flow, or {@code null}. */
  public FlowArrowView arrow(String id) {
    return arrows.get(id);
  }

  /** The drawn size of every card, for auto-layout. */
  public Map<String, double[]> cardSizes() {
    applyCss();
    layout();
    Map<String, double[]> sizes = new LinkedHashMap<>();
    for (Node n : document.current().nodes()) {
      NodeCardView c = cards.get(n.id());
      if (c != null) {
        sizes.put(n.id(), new double[] {c.cardWidth(), c.cardHeight()});
      }
    }
    return sizes;
  }

  /** A free place for a new node near the top left of the visible area. */
  public Position freeSpot() {
    return new FreeSpotFinder(cards.values()).near(viewport.visibleTopLeft());
  }

  /** The bounds of everything drawn, in canvas-world units. */
  public javafx.geometry.Bounds contentBounds() {
    return drawnBounds();
  }

  /** Fits what is shown in view (with a focus, the focused part). */
  public void zoomToFit() {
    Bounds all = focus.get() == null ? drawnBounds() : focusBounds();
    viewport.fit(cards.isEmpty() ? null : all);
  }

  /** Shows the node's card in the middle of the canvas at 100 % zoom. */
  public void centerOn(String nodeId) {
    NodeCardView card = cards.get(nodeId);
    if (card != null) {
      Bounds b = card.getBoundsInParent();
      viewport.centerOn(b.getCenterX(), b.getCenterY(), 1.0);
    }
  }

  /** Shows world point (x, y) in the middle of the canvas at zoom {@code scale}. */
  void showWorldPoint(double x, double y, double scale) {
    viewport.centerOn(x, y, scale);
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
  public javafx.beans.property.ReadOnlyDoubleProperty zoomProperty() {
    return viewport.zoomProperty();
  }
}
