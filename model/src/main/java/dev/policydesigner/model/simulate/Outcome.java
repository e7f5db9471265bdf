package dev.policydesigner.model.simulate;

/** The answer of a simulation. */
public enum Outcome {
  /** Allowed in every case the query stands for. */
  ALLOWED,
  /** Denied in every case (or one end does not exist under the values). */
  DENIED,
  /**
   * Allowed in some cases only, e.g. to the host of the local node but not to other nodes: in
   * practice the connection fails from or to some nodes, so it counts as denied.
   */
  PARTIAL,
  /** A guard that decides the answer could not be evaluated; see the verdict's errors. */
  UNKNOWN
}
