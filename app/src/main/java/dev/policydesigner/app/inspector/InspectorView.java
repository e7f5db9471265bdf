package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.SetChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Shows and edits the selected node or flow; rebuilt only when the selection changes. */
public final class InspectorView extends ScrollPane {
  private final Document document;
  private final VBox content = new VBox();
  private final List<ElementViewModel> models = new ArrayList<>();
  private final InspectorSections sections;
  private String shown;

  public InspectorView(Document document) {
    this.document = document;
    this.sections = new InspectorSections(document);
    getStyleClass().add("inspector");
    setId("inspector");
    content.getStyleClass().add("inspector-content");
    setContent(content);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    document.selection().ids().addListener((SetChangeListener<String>) c -> rebuild(false));
    document.diagramProperty().addListener((o, a, d) -> rebuildIfSubjectChanged(a, d));
    // the overview names the document: after Save As it has a new name
    document.fileProperty().addListener((o, a, f) -> rebuildOverview());
    rebuild(true);
  }

  private void rebuildOverview() {
    if (shown == null) {
      rebuild(true);
    }
  }

  private void rebuildIfSubjectChanged(Diagram before, Diagram after) {
    boolean gone = shown != null && after.node(shown).isEmpty() && after.flow(shown).isEmpty();
    boolean subjectChanged =
        shown != null && before != null && before.isSubject(shown) != after.isSubject(shown);
    if (gone || subjectChanged || shown == null) {
      rebuild(true);
    }
  }

  private void rebuild(boolean force) {
    var ids = document.selection().ids();
    String id = ids.size() == 1 ? ids.iterator().next() : null;
    if (!force && id != null && id.equals(shown)) {
      return;
    }
    models.forEach(ElementViewModel::dispose);
    models.clear();
    shown = id;
    content.getChildren().clear();
    Diagram d = document.current();
    if (id != null && d.node(id).isPresent()) {
      if (d.node(id).get() instanceof Workload) {
        content.getChildren().addAll(sections.workload(id, models));
      } else {
        content.getChildren().addAll(sections.peer(id, models));
      }
    } else if (id != null && d.flow(id).isPresent()) {
      content.getChildren().addAll(sections.flow(id, models));
    } else {
      content.getChildren().addAll(sections.overview(ids.size()));
    }
  }

  /** Moves the focus into the shown field with this id, its text selected. */
  public void focusField(String id) {
    javafx.scene.Node field = content.lookup("#" + id);
    if (field instanceof javafx.scene.control.TextInputControl text) {
      text.requestFocus();
      text.selectAll();
    }
  }

  static Label heading(String text) {
    Label l = new Label(text);
    l.getStyleClass().add("inspector-heading");
    return l;
  }
}
