package dev.policydesigner.model.walkthrough;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The current step of a walkthrough, moved by next / previous / first / last. Starts on the first
 * step. Listeners run after every move that changes the step, so a view can follow it. Not
 * thread-safe: use it from one thread (the UI thread).
 */
public final class WalkthroughCursor {
  private final List<WalkthroughStep> steps;
  private final List<Runnable> listeners = new ArrayList<>();
  private int position;

  /** A cursor on the first step of {@code walkthrough}. */
  public WalkthroughCursor(Walkthrough walkthrough) {
    this.steps = Objects.requireNonNull(walkthrough, "walkthrough").steps();
    this.position = steps.isEmpty() ? -1 : 0;
  }

  /** The current step; empty only when the walkthrough has no steps. */
  public Optional<WalkthroughStep> current() {
    return position < 0 ? Optional.empty() : Optional.of(steps.get(position));
  }

  /** The current step's position, from 0; -1 when there are no steps. */
  public int position() {
    return position;
  }

  /** {@code 3 / 6}; {@code 0 / 0} when there are no steps. */
  public String progress() {
    return (position + 1) + " / " + steps.size();
  }

  public boolean hasNext() {
    return position + 1 < steps.size();
  }

  public boolean hasPrevious() {
    return position > 0;
  }

  /** Moves to the next step; {@code false} (and no move) on the last one. */
  public boolean next() {
    return hasNext() && moveTo(position + 1);
  }

  /** Moves to the previous step; {@code false} (and no move) on the first one. */
  public boolean previous() {
    return hasPrevious() && moveTo(position - 1);
  }

  /** Moves to the first step; {@code false} when already there or there are no steps. */
  public boolean first() {
    return !steps.isEmpty() && moveTo(0);
  }

  /** Moves to the last step; {@code false} when already there or there are no steps. */
  public boolean last() {
    return !steps.isEmpty() && moveTo(steps.size() - 1);
  }

  /** Moves to the step of the flow with this id; {@code false} when no step shows it. */
  public boolean moveToFlow(String flowId) {
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i).flowId().equals(flowId)) {
        return moveTo(i) || i == position;
      }
    }
    return false;
  }

  /**
   * Moves to the step at {@code index} (from 0); {@code false} when already there.
   *
   * @throws IndexOutOfBoundsException when there is no such step
   */
  public boolean moveTo(int index) {
    Objects.checkIndex(index, steps.size());
    if (index == position) {
      return false;
    }
    position = index;
    listeners.forEach(Runnable::run);
    return true;
  }

  /** Runs {@code listener} after every move that changes the current step. */
  public void addListener(Runnable listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops running {@code listener}. */
  public void removeListener(Runnable listener) {
    listeners.remove(listener);
  }
}
