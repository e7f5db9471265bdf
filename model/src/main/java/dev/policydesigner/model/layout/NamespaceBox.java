package dev.policydesigner.model.layout;

import java.util.List;
import java.util.Objects;

/**
 * One box of a {@link NamespaceLayout}: a rectangle around the cards of one namespace (or of the
 * entities, or of the outside addresses), with room for its title above the cards.
 *
 * @param key stable key: {@code namespace:<name>}, {@code entities} or {@code outside}
 * @param title what to write in the box: the namespace as written in the diagram (a template
 *     placeholder stays as written), "Cilium entities" or "Outside the cluster"
 * @param kind what the box holds
 * @param namespace the namespace for {@link GroupKind#NAMESPACE}, else {@code null}
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 * @param nodeIds the ids of the nodes inside, in placement order (row by row)
 */
public record NamespaceBox(
    String key,
    String title,
    GroupKind kind,
    String namespace,
    double x,
    double y,
    double width,
    double height,
    List<String> nodeIds) {
  public NamespaceBox {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    nodeIds = List.copyOf(nodeIds);
  }

  /** Whether this box and {@code other} share any area. */
  public boolean overlaps(NamespaceBox other) {
    return x < other.x + other.width
        && other.x < x + width
        && y < other.y + other.height
        && other.y < y + height;
  }

  /** Whether the rectangle lies entirely inside this box. */
  public boolean contains(double rx, double ry, double rw, double rh) {
    return rx >= x && ry >= y && rx + rw <= x + width && ry + rh <= y + height;
  }
}
