package dev.policydesigner.model.simulate;

/**
 * The answer for one concrete pair of ends, e.g. "Hubble Relay → Cilium agents on a remote node".
 *
 * @param description the pair
 * @param egress the source's side
 * @param ingress the destination's side
 */
public record CaseVerdict(String description, SideVerdict egress, SideVerdict ingress) {
  /** Allowed when both sides allow it. */
  public boolean allowed() {
    return egress.allowed() && ingress.allowed();
  }
}
