package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.edit.RemoveElementsEdit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Undo, Redo, Delete and Select All on the active document. */
public final class EditActions {
  private final MainWindow window;

  EditActions(MainWindow window) {
    this.window = window;
  }

  public void undo() {
    window.active().ifPresent(v -> v.document().undo());
  }

  public void redo() {
    window.active().ifPresent(v -> v.document().redo());
  }

  /** Deletes the selected nodes and flows as one edit. */
  public void delete() {
    window.active().ifPresent(v -> delete(v.document()));
  }

  static void delete(Document doc) {
    Diagram d = doc.current();
    Set<String> nodes = new HashSet<>();
    Set<String> flows = new HashSet<>();
    for (String id : doc.selection().ids()) {
      if (d.node(id).isPresent()) {
        nodes.add(id);
      } else if (d.flow(id).isPresent()) {
        flows.add(id);
      }
    }
    if (!nodes.isEmpty() || !flows.isEmpty()) {
      doc.perform(new RemoveElementsEdit(nodes, flows));
    }
  }

  public void selectAll() {
    window
        .active()
        .ifPresent(
            v -> {
              Diagram d = v.document().current();
              List<String> ids = new ArrayList<>();
              d.nodes().stream().map(Node::id).forEach(ids::add);
              d.flows().stream().map(Flow::id).forEach(ids::add);
              v.document().selection().set(ids);
            });
  }
}
