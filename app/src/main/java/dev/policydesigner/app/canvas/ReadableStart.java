package dev.policydesigner.app.canvas;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a freshly imported diagram opens readable: above {@value #BIG} nodes every namespace starts
 * collapsed, so the window shows one card per namespace and the arrows between them.
 */
public final class ReadableStart {
  /** More nodes than this open with their namespaces collapsed. */
  public static final int BIG = 150;

  private ReadableStart() {}

  /** {@code d} with every namespace collapsed when it is big, else unchanged. */
  public static Diagram of(Diagram d) {
    if (d.nodes().size() <= BIG) {
      return d;
    }
    Set<String> namespaces = new TreeSet<>();
    for (Node n : d.nodes()) {
      if (n instanceof Workload w) {
        namespaces.add(w.namespace());
      }
    }
    return d.withCollapsedNamespaces(namespaces);
  }
}
