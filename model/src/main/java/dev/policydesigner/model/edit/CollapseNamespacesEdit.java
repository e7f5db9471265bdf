package dev.policydesigner.model.edit;

import dev.policydesigner.model.Diagram;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Shows namespaces on the canvas as one card each, or expands them again. */
public final class CollapseNamespacesEdit extends DiagramEdit {
  private final Set<String> namespaces;
  private final boolean collapse;

  /** Collapses ({@code collapse}) or expands the given namespaces. */
  public CollapseNamespacesEdit(Set<String> namespaces, boolean collapse) {
    super(text(namespaces, collapse));
    this.namespaces = Set.copyOf(namespaces);
    this.collapse = collapse;
  }

  /**
   * The edit that collapses ({@code collapse}) or expands those of {@code namespaces} that are not
   * so in {@code diagram} yet; empty when all already are.
   */
  public static Optional<CollapseNamespacesEdit> changing(
      Diagram diagram, Set<String> namespaces, boolean collapse) {
    Set<String> change = new TreeSet<>(namespaces);
    if (collapse) {
      change.removeAll(diagram.collapsedNamespaces());
    } else {
      change.retainAll(diagram.collapsedNamespaces());
    }
    return change.isEmpty()
        ? Optional.empty()
        : Optional.of(new CollapseNamespacesEdit(change, collapse));
  }

  private static String text(Set<String> namespaces, boolean collapse) {
    String verb = collapse ? "Collapse" : "Expand";
    return namespaces.size() == 1
        ? verb + " namespace " + namespaces.iterator().next()
        : verb + " " + namespaces.size() + " namespaces";
  }

  @Override
  protected Diagram change(Diagram diagram) {
    Set<String> now = new TreeSet<>(diagram.collapsedNamespaces());
    if (collapse) {
      now.addAll(namespaces);
    } else {
      now.removeAll(namespaces);
    }
    return diagram.withCollapsedNamespaces(now);
  }
}
