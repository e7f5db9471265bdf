package dev.policydesigner.model.engine;

/** The answer to "would A reach B". */
public enum Outcome {
  /** Allowed in every case the question stands for. */
  ALLOWED,
  /** Denied in every case (or an end does not exist under the values). */
  DENIED,
  /**
   * Allowed in some cases only, e.g. to the host of the local node but not to other nodes: in
   * practice the connection fails from or to some nodes, so it counts as denied.
   */
  PARTIAL,
  /** The answer rests on something that cannot be resolved (a named port, a bad guard). */
  UNKNOWN;

  /** {@code ALLOWED}, {@code DENIED} (also for a partial answer) or {@code UNKNOWN}. */
  public String headline() {
    return switch (this) {
      case ALLOWED -> "ALLOWED";
      case DENIED, PARTIAL -> "DENIED";
      case UNKNOWN -> "UNKNOWN";
    };
  }
}
