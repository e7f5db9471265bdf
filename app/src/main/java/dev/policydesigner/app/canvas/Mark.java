package dev.policydesigner.app.canvas;

/** How a card or an arrow is drawn besides its plain look; several may hold at once. */
public enum Mark {
  /** Part of the selection. */
  SELECTED,
  /** A workload that gets a policy (cards). */
  SUBJECT,
  /** Exists only under a condition: a guarded flow, a conditional node. */
  GUARDED,
  /** Highlighted by the walkthrough. */
  LIT,
  /** Left in the background while others are highlighted. */
  DIMMED,
  /** Found by the search. */
  FOUND,
  /** Would not render with the chosen flag values (its guard is false). */
  FADED,
  /** Observed traffic matched it (arrows). */
  OBSERVED,
  /** Observed traffic was loaded and none matched it (arrows). */
  UNOBSERVED,
  /** Some matched traffic was only allowed in audit mode (arrows). */
  AUDIT,
  /** Some matched traffic was dropped (arrows). */
  DROPPED,
  /** Has an error among its problems. */
  ERROR,
  /** Has a warning among its problems, and no error. */
  WARNING,
  /** A comparison with a revision found connections of it added (arrows). */
  ADDED,
  /** A comparison with a revision found connections of it removed (arrows). */
  REMOVED,
  /** A comparison with a revision found connections of it both added and removed (arrows). */
  CHANGED,
  /** Under the mouse (arrows). */
  HOVERED
}
