package dev.policydesigner.app.shell;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.export.ExportView;
import dev.policydesigner.app.export.ExportViewModel;
import dev.policydesigner.app.inspector.FlowEditorDialog;
import dev.policydesigner.app.inspector.InspectorView;
import dev.policydesigner.app.palette.NodeFactory;
import dev.policydesigner.app.problems.ProblemsView;
import dev.policydesigner.app.problems.ProblemsViewModel;
import dev.policydesigner.app.template.TemplateView;
import dev.policydesigner.app.template.TemplateViewModel;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.AddFlowEdit;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** One document's canvas, inspector and bottom tabs (Template, Problems, Export). */
public final class DocumentView extends SplitPane {
  private final Document document;
  private final CanvasView canvas;
  private final TabPane bottom = new TabPane();
  private final ExportViewModel export;
  private final ExportView exportView;

  public DocumentView(Document document, Services services) {
    this.document = document;
    this.canvas = new CanvasView(document);
    getStyleClass().add("document-view");
    setOrientation(Orientation.VERTICAL);
    InspectorView inspector = new InspectorView(document);
    SplitPane top = new SplitPane(canvas, inspector);
    top.setDividerPositions(0.72);
    SplitPane.setResizableWithParent(inspector, false);
    export = new ExportViewModel(document, services.export());
    Tab template =
        new Tab(
            "Template", new TemplateView(new TemplateViewModel(document, services.templates())));
    template.setId("tab-template");
    Tab problems =
        new Tab("Problems", new ProblemsView(new ProblemsViewModel(document, services.problems())));
    problems.setId("tab-problems");
    exportView = new ExportView(export);
    Tab exportTab = new Tab("Export", exportView);
    exportTab.setId("tab-export");
    bottom.getTabs().addAll(template, problems, exportTab);
    bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    bottom.getStyleClass().add("bottom-tabs");
    getItems().addAll(top, bottom);
    setDividerPositions(0.68);
    SplitPane.setResizableWithParent(bottom, false);
    canvas.setOnConnect(this::askForFlow);
    canvas.setOnDropKind(this::addNode);
  }

  private void askForFlow(String from, String to) {
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

  public Document document() {
    return document;
  }

  public CanvasView canvas() {
    return canvas;
  }

  public ExportViewModel export() {
    return export;
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
