package dev.policydesigner.app.document;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.edit.Edit;
import dev.policydesigner.model.edit.EditHistory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One open diagram: its edit history, the file it lives in, its selection and the repo checkout it
 * is exported to. Every change goes through {@link #perform}.
 */
public final class Document {
  private final EditHistory history;
  private final ReadOnlyObjectWrapper<Diagram> diagram = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
  private final ObjectProperty<Path> repo = new SimpleObjectProperty<>();
  private final Selection selection = new Selection();

  /** A document showing {@code initial}, saved in {@code file} ({@code null} if never saved). */
  public Document(Diagram initial, Path file) {
    this.history = new EditHistory(initial);
    this.file.set(file);
    history.addListener(d -> refresh());
    refresh();
  }

  /** Performs the edit; returns false (and changes nothing) when the edit does not apply. */
  public boolean perform(Edit edit) {
    try {
      history.perform(edit);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public void undo() {
    history.undo();
  }

  public void redo() {
    history.redo();
  }

  /** Records that the diagram was saved in {@code path}. */
  public void markSaved(Path path) {
    file.set(path);
    history.markSaved();
    refresh();
  }

  /** Records that the diagram is saved nowhere yet (imported from a repo): closing asks. */
  public void markUnsaved() {
    history.markUnsaved();
    refresh();
  }

  /** Starts over with {@code replacement} as the saved state of {@code path}. */
  public void replace(Diagram replacement, Path path) {
    file.set(path);
    history.reset(replacement);
  }

  public Diagram current() {
    return history.current();
  }

  public ReadOnlyObjectProperty<Diagram> diagramProperty() {
    return diagram.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Path> fileProperty() {
    return file.getReadOnlyProperty();
  }

  /** Document name with {@code *} when it has unsaved changes. */
  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  /** "Undo Move node", or "Undo" when there is nothing to undo. */
  public ReadOnlyStringProperty undoTextProperty() {
    return undoText.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty redoTextProperty() {
    return redoText.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canUndoProperty() {
    return canUndo.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty canRedoProperty() {
    return canRedo.getReadOnlyProperty();
  }

  /** The repo checkout last exported to, or {@code null}. */
  public ObjectProperty<Path> repoProperty() {
    return repo;
  }

  public Selection selection() {
    return selection;
  }

  public boolean isDirty() {
    return history.isDirty();
  }

  /** The file name without {@code .flows.yaml}, or the diagram's name when never saved. */
  public String name() {
    Path p = file.get();
    if (p == null) {
      return current().name();
    }
    String n = p.getFileName().toString();
    return n.endsWith(".flows.yaml") ? n.substring(0, n.length() - ".flows.yaml".length()) : n;
  }

  private void refresh() {
    Diagram d = history.current();
    diagram.set(d);
    title.set(name() + (history.isDirty() ? " *" : ""));
    undoText.set(history.undoDescription().map(s -> "Undo " + s).orElse("Undo"));
    redoText.set(history.redoDescription().map(s -> "Redo " + s).orElse("Redo"));
    canUndo.set(history.canUndo());
    canRedo.set(history.canRedo());
    Set<String> ids = new HashSet<>();
    for (Node n : d.nodes()) {
      ids.add(n.id());
    }
    for (Flow f : d.flows()) {
      ids.add(f.id());
    }
    selection.retain(ids);
  }
}
