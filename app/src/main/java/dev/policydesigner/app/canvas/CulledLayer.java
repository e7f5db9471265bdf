package dev.policydesigner.app.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Node;

/**
 * A layer of the canvas whose members are in the scene graph only while they are in view. JavaFX
 * walks every node of the scene on every frame to update bounds, hidden or not, so with hundreds of
 * cards and thousands of arrows the members out of view are taken out of the layer instead of
 * hidden. They keep their styles, sizes and listeners meanwhile, and come back in their paint
 * order.
 *
 * <p>Taking nodes out or putting them back while JavaFX lays the layer out would upset its loop
 * over the children, so {@link #want} only notes the wish and {@link #flush} carries it out; the
 * canvas flushes before each pulse's style and layout passes.
 */
final class CulledLayer {
  private final Group group;
  private final Runnable onPending;
  private final Map<Node, Integer> ranks = new IdentityHashMap<>();
  private final Map<Node, Boolean> pending = new IdentityHashMap<>();

  /** A layer over {@code group}; {@code onPending} runs when a first wish waits for a flush. */
  CulledLayer(Group group, Runnable onPending) {
    this.group = group;
    this.onPending = onPending;
  }

  /** Adds a member, in the scene graph at once or not; higher {@code rank} paints on top. */
  void add(Node member, int rank, boolean inGraph) {
    ranks.put(member, rank);
    pending.remove(member);
    if (inGraph) {
      attach(member);
    }
  }

  /** The members, in or out of the scene graph. */
  List<Node> members() {
    return new ArrayList<>(ranks.keySet());
  }

  /** Removes a member; returns its rank. */
  int remove(Node member) {
    pending.remove(member);
    group.getChildren().remove(member);
    Integer rank = ranks.remove(member);
    return rank == null ? 0 : rank;
  }

  boolean contains(Node member) {
    return ranks.containsKey(member);
  }

  /** Whether the member is in the scene graph now. */
  boolean attached(Node member) {
    return member.getParent() == group;
  }

  /** Whether the member is to be in the scene graph after the next {@link #flush}. */
  boolean wanted(Node member) {
    return pending.getOrDefault(member, attached(member));
  }

  /** Asks for a member to be in the scene graph or out of it at the next {@link #flush}. */
  void want(Node member, boolean inGraph) {
    if (!ranks.containsKey(member)) {
      return;
    }
    if (attached(member) == inGraph) {
      pending.remove(member);
    } else if (pending.put(member, inGraph) == null && pending.size() == 1) {
      onPending.run();
    }
  }

  /** Carries out the wishes noted by {@link #want}. */
  void flush() {
    if (pending.isEmpty()) {
      return;
    }
    Set<Node> out = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Node> in = new ArrayList<>();
    pending.forEach((n, inGraph) -> (inGraph ? in : out).add(n));
    pending.clear();
    if (!out.isEmpty()) {
      group.getChildren().removeAll(out);
    }
    in.forEach(this::attach);
  }

  private void attach(Node member) {
    if (attached(member)) {
      return;
    }
    List<Node> children = group.getChildren();
    int rank = ranks.get(member);
    int lo = 0;
    int hi = children.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ranks.get(children.get(mid)) < rank) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    children.add(lo, member);
  }
}
