package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The current diagram with its undo and redo stacks. Every state has a revision number; the
 * document is dirty when the current revision is not the saved one.
 */
public final class EditHistory {
  private static final int LIMIT = 1000;

  private final Deque<Step> undo = new ArrayDeque<>();
  private final Deque<Step> redo = new ArrayDeque<>();
  private final List<Consumer<Diagram>> listeners = new ArrayList<>();
  private Diagram current;
  private long revision;
  private long nextRevision = 1;
  private long savedRevision;

  private record Step(Edit edit, long revisionBefore, long revisionAfter) {}

  /** A history whose saved state is {@code initial}. */
  public EditHistory(Diagram initial) {
    this.current = initial;
  }

  /** The current diagram. */
  public Diagram current() {
    return current;
  }

  /** Applies the edit, clears the redo stack and notifies listeners. */
  public void perform(Edit edit) {
    Diagram after = edit.apply(current);
    if (after.equals(current)) {
      return;
    }
    long before = revision;
    revision = nextRevision++;
    undo.push(new Step(edit, before, revision));
    if (undo.size() > LIMIT) {
      undo.removeLast();
    }
    redo.clear();
    set(after);
  }

  /** Reverts the last edit, if any. */
  public void undo() {
    if (undo.isEmpty()) {
      return;
    }
    Step step = undo.pop();
    redo.push(step);
    revision = step.revisionBefore();
    set(step.edit().revert(current));
  }

  /** Re-applies the last undone edit, if any. */
  public void redo() {
    if (redo.isEmpty()) {
      return;
    }
    Step step = redo.pop();
    undo.push(step);
    revision = step.revisionAfter();
    set(step.edit().apply(current));
  }

  public boolean canUndo() {
    return !undo.isEmpty();
  }

  public boolean canRedo() {
    return !redo.isEmpty();
  }

  /** The description of the edit Undo would revert. */
  public Optional<String> undoDescription() {
    return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().edit().description());
  }

  /** The description of the edit Redo would re-apply. */
  public Optional<String> redoDescription() {
    return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().edit().description());
  }

  /** Marks the current state as saved. */
  public void markSaved() {
    savedRevision = revision;
  }

  /**
   * Marks that no state is saved (a diagram imported or recovered, never written to a file): the
   * history stays dirty until {@link #markSaved}.
   */
  public void markUnsaved() {
    savedRevision = -1;
  }

  /** Whether the current state differs from the saved one. */
  public boolean isDirty() {
    return revision != savedRevision;
  }

  /** Starts over with {@code diagram} as the saved state (New, Open). */
  public void reset(Diagram diagram) {
    undo.clear();
    redo.clear();
    revision = nextRevision++;
    savedRevision = revision;
    set(diagram);
  }

  /** Calls {@code listener} with the new diagram after every change. */
  public void addListener(Consumer<Diagram> listener) {
    listeners.add(listener);
  }

  private void set(Diagram diagram) {
    current = diagram;
    for (Consumer<Diagram> l : List.copyOf(listeners)) {
      l.accept(diagram);
    }
  }
}
