package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.FilterPanel;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.export.ExportView;
import dev.policydesigner.app.export.ExportViewModel;
import dev.policydesigner.app.inspector.FlowEditorDialog;
import dev.policydesigner.app.inspector.InspectorView;
import dev.policydesigner.app.observe.ObservedProblems;
import dev.policydesigner.app.observe.ObservedViewModel;
import dev.policydesigner.app.palette.NodeFactory;
import dev.policydesigner.app.problems.EngineProblems;
import dev.policydesigner.app.problems.ProblemsView;
import dev.policydesigner.app.problems.ProblemsViewModel;
import dev.policydesigner.app.rendered.RenderedView;
import dev.policydesigner.app.rendered.RenderedViewModel;
import dev.policydesigner.app.template.TemplateView;
import dev.policydesigner.app.template.TemplateViewModel;
import dev.policydesigner.app.walkthrough.WalkthroughKeys;
import dev.policydesigner.app.walkthrough.WalkthroughPanel;
import dev.policydesigner.app.walkthrough.WalkthroughViewModel;
import dev.policydesigner.export.walkthrough.TemplateExcerpt;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.edit.AddFlowEdit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;

/** One document's canvas, inspector and bottom tabs (Template, Rendered, Problems, Export). */
public final class DocumentView extends SplitPane {
  static final double BOTTOM_MIN = 140;
  static final double TOP_MIN = 200;

  /** The width the walkthrough's narration gets at least, in pixels. */
  static final double WALKTHROUGH_WIDTH = 420;

  /** Room for a split pane's divider, in pixels. */
  private static final double DIVIDER = 8;

  private final Document document;
  private final CanvasView canvas;
  private final TabPane bottom = new TabPane();
  private final ExportViewModel export;
  private final ExportView exportView;
  private final ProblemsViewModel problems;
  private final TemplateViewModel templateModel;
  private final TemplateView templateView;
  private ProblemsView problemsView;
  private final RenderedViewModel rendered;
  private final InspectorView inspector;
  private final SplitPane top;
  private final StackPane canvasArea = new StackPane();
  private WalkthroughViewModel walkthrough;
  private double[] dividersBeforeWalkthrough = {0.72};
  private final ObservedViewModel observed;
  private final FilterPanel filter;

  public DocumentView(Document document, Services services) {
    this.document = document;
    this.canvas = new CanvasView(document);
    getStyleClass().add("document-view");
    setOrientation(Orientation.VERTICAL);
    inspector = new InspectorView(document);
    canvasArea.getChildren().add(canvas);
    top = new SplitPane(canvasArea, inspector);
    top.setDividerPositions(0.72);
    SplitPane.setResizableWithParent(inspector, false);
    export = new ExportViewModel(document, services.export());
    templateModel = new TemplateViewModel(document, services.templates());
    templateView = new TemplateView(templateModel);
    Tab template = new Tab("Template", templateView);
    template.setId("tab-template");
    problems = new ProblemsViewModel(document, services.problems());
    new EngineProblems(document, problems, services.engineProblems());
    Tab problemsTab = problemsTab();
    problemsTab.setId("tab-problems");
    rendered = new RenderedViewModel(document, templateModel);
    Tab renderedTab = new Tab("Rendered", new RenderedView(rendered));
    renderedTab.setId("tab-rendered");
    exportView = new ExportView(export);
    Tab exportTab = new Tab("Export", exportView);
    exportTab.setId("tab-export");
    bottom.getTabs().addAll(template, renderedTab, problemsTab, exportTab);
    bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    bottom.getStyleClass().add("bottom-tabs");
    getItems().addAll(top, bottom);
    setDividerPositions(0.6);
    SplitPane.setResizableWithParent(bottom, false);
    PaneSizes sizes = new PaneSizes(services.preferences());
    sizes.keep("bottom-height", this, bottom);
    sizes.keep("inspector-width", top, inspector);
    // neither half can be dragged shut: the tabs keep their bar and a few lines
    bottom.setMinHeight(BOTTOM_MIN);
    top.setMinHeight(TOP_MIN);
    addEventFilter(
        KeyEvent.KEY_PRESSED,
        e -> {
          if (walkthrough != null) {
            WalkthroughKeys.handle(e, walkthrough, this::stopWalkthrough);
          }
        });
    observed = new ObservedViewModel(document);
    observed
        .reportProperty()
        .addListener(
            (o, a, r) -> {
              canvas.overlay().setObservation(r);
              problems.setExtraProblems("observed", ObservedProblems.of(r));
            });
    filter = new FilterPanel(canvas, document, problems.problems(), rendered::repoValues);
    canvas.overlay().setRepoValues(rendered.repoValues());
    document
        .repoProperty()
        .addListener((o, a, r) -> canvas.overlay().setRepoValues(rendered.repoValues()));
    problems
        .problems()
        .addListener(
            (javafx.collections.ListChangeListener<dev.policydesigner.model.check.Problem>)
                c -> canvas.overlay().setProblems(List.copyOf(problems.problems())));
    canvas.overlay().setProblems(List.copyOf(problems.problems()));
    canvas.setOnAddObserved(observed::addAsFlow);
    canvas.setOnConnect(this::askForFlow);
    canvas.setOnDropKind(this::addNode);
  }

  /**
   * The Problems tab, its title counting the problems; double-click or Enter on one shows its node
   * or flow and its rule's line in the Template tab.
   */
  private Tab problemsTab() {
    problemsView = new ProblemsView(problems);
    problemsView.setOnOpen(this::showProblem);
    Tab tab = new Tab("Problems", problemsView);
    tab.textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    problems.problems().isEmpty()
                        ? "Problems"
                        : "Problems (" + problems.problems().size() + ")",
                problems.problems()));
    return tab;
  }

  /** Selects the problem's node or flow and scrolls the Template tab to its rule. */
  public void showProblem(Problem problem) {
    if (problem == null) {
      return;
    }
    problems.reveal(problem);
    showTab("tab-template");
    templateModel.reveal(problem);
  }

  /** The Problems tab's view. */
  public ProblemsView problemsView() {
    return problemsView;
  }

  /** The Template tab's view. */
  public TemplateView templateView() {
    return templateView;
  }

  /** Lays {@code layer} over the canvas (a welcome, a legend); it lets clicks through its gaps. */
  void addOverCanvas(javafx.scene.Node layer) {
    layer.setPickOnBounds(false);
    canvasArea.getChildren().add(layer);
  }

  /** Asks for the ports of a new flow from {@code from} to {@code to}, then adds it. */
  public void askForFlow(String from, String to) {
    new FlowEditorDialog(getScene().getWindow(), document, from, to)
        .showAndWait()
        .ifPresent(
            f -> {
              if (document.perform(new AddFlowEdit(f))) {
                document.selection().selectOnly(f.id());
              }
            });
  }

  /** Adds a node of a palette kind at {@code position} (a free spot when {@code null}). */
  public void addNode(String kind, Position position) {
    Position p = position == null ? canvas.freeSpot() : position;
    Node node = NodeFactory.create(kind, document.current(), p);
    if (document.perform(NodeFactory.addEdit(node))) {
      document.selection().selectOnly(node.id());
    }
  }

  /**
   * Selects the node or flow and shows only it and its neighbours (the canvas's Focus, as F does).
   */
  public void focusOn(String id) {
    document.selection().selectOnly(id);
    canvas.focusOnSelection();
  }

  /** Puts the cursor in the inspector's Name field of the one selected node (F2). */
  public void rename() {
    var ids = document.selection().ids();
    if (walkthrough == null
        && ids.size() == 1
        && document.current().node(ids.iterator().next()).isPresent()) {
      inspector.focusField("field-name");
    }
  }

  /** Shows or hides the filter beside the canvas. */
  public void toggleFilterPanel() {
    if (top.getItems().remove(filter)) {
      return;
    }
    double[] dividers = top.getDividerPositions();
    top.getItems().add(0, filter);
    SplitPane.setResizableWithParent(filter, false);
    top.setDividerPositions(0.18, 0.18 + dividers[0] * 0.82);
  }

  /** The filter beside the canvas (shown or not). */
  public FilterPanel filterPanel() {
    return filter;
  }

  /** Starts walking through the flows: the narration replaces the inspector. */
  public WalkthroughViewModel startWalkthrough() {
    if (walkthrough == null) {
      walkthrough = new WalkthroughViewModel(document);
      walkthrough
          .highlightedProperty()
          .addListener((o, a, ids) -> canvas.overlay().setSpotlight(ids));
      // the Template tab follows the step to the first rule it cites
      walkthrough.excerptsProperty().addListener((o, a, cited) -> showCited(cited));
      showCited(walkthrough.excerptsProperty().get());
      canvas.overlay().setSpotlight(walkthrough.highlightedProperty().get());
      double[] dividers = top.getDividerPositions();
      dividersBeforeWalkthrough = dividers.clone();
      top.getItems()
          .set(
              top.getItems().indexOf(inspector),
              new WalkthroughPanel(walkthrough, this::stopWalkthrough));
      double width = top.getWidth();
      int last = dividers.length - 1;
      if (width > 0) {
        // the narration cites template lines: give them room to be read without scrolling
        dividers[last] = Math.min(dividers[last], 1 - (WALKTHROUGH_WIDTH + DIVIDER) / width);
      }
      top.setDividerPositions(dividers);
    }
    canvas.requestFocus();
    return walkthrough;
  }

  private void showCited(java.util.List<TemplateExcerpt> cited) {
    if (cited != null && !cited.isEmpty()) {
      templateModel.reveal(cited.get(0).location().file(), cited.get(0).firstLine());
    }
  }

  /** Leaves the walkthrough: everything shown as usual, the inspector back. */
  public void stopWalkthrough() {
    if (walkthrough != null) {
      walkthrough = null;
      canvas.overlay().setSpotlight(null);
      double[] dividers = top.getDividerPositions();
      top.getItems().set(top.getItems().size() - 1, inspector);
      if (dividersBeforeWalkthrough.length == dividers.length) {
        // the inspector gets its width back (unless the filter was shown or hidden meanwhile)
        dividers[dividers.length - 1] = dividersBeforeWalkthrough[dividers.length - 1];
      }
      top.setDividerPositions(dividers);
    }
  }

  /** The walkthrough in progress, if any. */
  public java.util.Optional<WalkthroughViewModel> walkthrough() {
    return java.util.Optional.ofNullable(walkthrough);
  }

  /** Observed Hubble traffic over this document's diagram. */
  public ObservedViewModel observed() {
    return observed;
  }

  public Document document() {
    return document;
  }

  public CanvasView canvas() {
    return canvas;
  }

  public ExportViewModel export() {
    return export;
  }

  public ProblemsViewModel problems() {
    return problems;
  }

  public RenderedViewModel rendered() {
    return rendered;
  }

  public ExportView exportView() {
    return exportView;
  }

  /** Brings the bottom tab with this id to the front. */
  public void showTab(String id) {
    bottom.getTabs().stream()
        .filter(t -> id.equals(t.getId()))
        .findFirst()
        .ifPresent(t -> bottom.getSelectionModel().select(t));
  }
}
