package dev.policydesigner.app.document;

import java.util.Collection;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/** The ids of the selected nodes and flows (ids are unique across both). */
public final class Selection {
  private final ObservableSet<String> ids = FXCollections.observableSet();
  // one wrapper: listeners on a wrapper live only as long as the wrapper does
  private final ObservableSet<String> readOnly = FXCollections.unmodifiableObservableSet(ids);

  /** The selected ids; observe it, change it through the methods below. */
  public ObservableSet<String> ids() {
    return readOnly;
  }

  public boolean contains(String id) {
    return ids.contains(id);
  }

  /** Selects only {@code id}. */
  public void selectOnly(String id) {
    if (ids.size() == 1 && ids.contains(id)) {
      return;
    }
    ids.clear();
    ids.add(id);
  }

  /** Selects exactly the given ids. */
  public void set(Collection<String> selected) {
    if (ids.equals(Set.copyOf(selected))) {
      return;
    }
    ids.clear();
    ids.addAll(selected);
  }

  /** Adds or removes {@code id}. */
  public void toggle(String id) {
    if (!ids.remove(id)) {
      ids.add(id);
    }
  }

  public void clear() {
    ids.clear();
  }

  /** Keeps only ids that still exist. */
  public void retain(Collection<String> existing) {
    ids.retainAll(existing);
  }
}
