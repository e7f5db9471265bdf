package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.edit.Edit;
import javafx.beans.value.ChangeListener;

/**
 * Base of the inspector's view-models: follows the document, exposes read-only properties, and
 * turns accepted input into edits. Call {@link #dispose} when the element is no longer shown.
 */
public abstract class ElementViewModel {
  protected final Document document;
  protected final String id;
  private final ChangeListener<Diagram> listener = (o, a, d) -> refreshIfPresent(d);

  protected ElementViewModel(Document document, String id) {
    this.document = document;
    this.id = id;
    document.diagramProperty().addListener(listener);
  }

  /** The id of the node or flow shown. */
  public String id() {
    return id;
  }

  /** Stops following the document. */
  public void dispose() {
    document.diagramProperty().removeListener(listener);
  }

  private void refreshIfPresent(Diagram d) {
    if (d.node(id).isPresent() || d.flow(id).isPresent()) {
      refresh(d);
    }
  }

  /** Copies the element's values into the properties. */
  protected abstract void refresh(Diagram d);

  /** Performs {@code edit}; false when it did not apply. */
  protected boolean perform(Edit edit) {
    return document.perform(edit);
  }
}
