package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.DiagramFragment;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.PasteEdit;
import java.util.List;

/** Copy, Paste and Duplicate of nodes (with the flows among them), each paste one undo step. */
public final class ClipboardActions {
  private final MainWindow window;
  private final NodeClipboard clipboard = new NodeClipboard();

  ClipboardActions(MainWindow window) {
    this.window = window;
  }

  /** Copies the selected nodes of the active diagram; false when no node is selected. */
  public boolean copy() {
    return window.active().map(v -> copy(v.document())).orElse(false);
  }

  boolean copy(Document doc) {
    DiagramFragment f = DiagramFragment.of(doc.current(), doc.selection().ids());
    if (f.isEmpty()) {
      return false;
    }
    clipboard.copy(f);
    return true;
  }

  /** Pastes the copied nodes into the active diagram, a step away from where they were. */
  public boolean paste() {
    return window.active().map(v -> paste(v.document(), null)).orElse(false);
  }

  /**
   * Pastes into {@code doc}: with their top left corner at {@code at}, or a step further than the
   * last paste when {@code at} is null. The pasted copies are selected.
   */
  boolean paste(Document doc, Position at) {
    if (clipboard.isEmpty()) {
      return false;
    }
    DiagramFragment f = clipboard.content().orElseThrow();
    double dx;
    double dy;
    if (at == null) {
      dx = clipboard.nextOffset();
      dy = dx;
    } else {
      dx = at.x() - f.topLeft().x();
      dy = at.y() - f.topLeft().y();
    }
    return pasteInto(doc, f, dx, dy, "Paste");
  }

  /** Copies and pastes the selection in one go, leaving the clipboard as it was. */
  public boolean duplicate() {
    return window
        .active()
        .map(
            v -> {
              Document doc = v.document();
              DiagramFragment f = DiagramFragment.of(doc.current(), doc.selection().ids());
              return !f.isEmpty()
                  && pasteInto(doc, f, NodeClipboard.STEP, NodeClipboard.STEP, "Duplicate");
            })
        .orElse(false);
  }

  /** Whether something can be pasted. */
  public boolean canPaste() {
    return !clipboard.isEmpty();
  }

  private static boolean pasteInto(
      Document doc, DiagramFragment f, double dx, double dy, String verb) {
    int n = f.nodes().size();
    PasteEdit edit =
        new PasteEdit(verb + " " + (n == 1 ? f.nodes().get(0).name() : n + " nodes"), f, dx, dy);
    if (!doc.perform(edit)) {
      return false;
    }
    List<String> ids = edit.pastedIds();
    doc.selection().set(ids);
    return true;
  }
}
