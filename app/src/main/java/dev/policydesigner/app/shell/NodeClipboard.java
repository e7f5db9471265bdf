package dev.policydesigner.app.shell;

import dev.policydesigner.model.DiagramFragment;
import java.util.Optional;

/**
 * The nodes last copied, shared by all the window's diagrams so that a copy can be pasted into
 * another one. Each paste of the same copy lands a step further down and to the right.
 */
final class NodeClipboard {
  static final double STEP = 30;
  private DiagramFragment fragment;
  private int pastes;

  void copy(DiagramFragment copied) {
    fragment = copied;
    pastes = 0;
  }

  Optional<DiagramFragment> content() {
    return Optional.ofNullable(fragment);
  }

  boolean isEmpty() {
    return fragment == null || fragment.isEmpty();
  }

  /** The offset of the next paste from the copied nodes: one step more each time. */
  double nextOffset() {
    pastes++;
    return STEP * pastes;
  }
}
