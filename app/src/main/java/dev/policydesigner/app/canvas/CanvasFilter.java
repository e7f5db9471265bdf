package dev.policydesigner.app.canvas;

import java.util.Set;

/**
 * Which nodes and flows the canvas shows; an empty set means no restriction on that part.
 *
 * @param namespaces show only workloads of these namespaces
 * @param kinds show only nodes of these kinds: a workload's kind hint ({@code app}, {@code
 *     database}, …) or {@code entity}, {@code cidr}, {@code fqdn}
 * @param problemCodes show only nodes that a problem with one of these codes names
 * @param flows which flows to show by observed traffic
 */
public record CanvasFilter(
    Set<String> namespaces, Set<String> kinds, Set<String> problemCodes, Traffic flows) {
  /** Show everything. */
  public static final CanvasFilter NONE =
      new CanvasFilter(Set.of(), Set.of(), Set.of(), Traffic.ALL);

  /** Flows shown by observed traffic. */
  public enum Traffic {
    /** Every flow. */
    ALL,
    /** Only flows that observed traffic matched. */
    OBSERVED,
    /** Only flows that no observed traffic matched. */
    UNOBSERVED
  }

  public CanvasFilter {
    namespaces = Set.copyOf(namespaces);
    kinds = Set.copyOf(kinds);
    problemCodes = Set.copyOf(problemCodes);
    flows = flows == null ? Traffic.ALL : flows;
  }

  /** Whether it shows everything. */
  public boolean isEmpty() {
    return namespaces.isEmpty()
        && kinds.isEmpty()
        && problemCodes.isEmpty()
        && flows == Traffic.ALL;
  }

  public CanvasFilter withNamespaces(Set<String> set) {
    return new CanvasFilter(set, kinds, problemCodes, flows);
  }

  public CanvasFilter withKinds(Set<String> set) {
    return new CanvasFilter(namespaces, set, problemCodes, flows);
  }

  public CanvasFilter withProblemCodes(Set<String> set) {
    return new CanvasFilter(namespaces, kinds, set, flows);
  }

  public CanvasFilter withFlows(Traffic t) {
    return new CanvasFilter(namespaces, kinds, problemCodes, t);
  }
}
