package dev.policydesigner.model.derive;

import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import java.util.List;

/**
 * The CiliumNetworkPolicy of one subject.
 *
 * @param subject the subject's settings
 * @param workload the selected workload
 * @param ingress ingress rules in flow order
 * @param egress egress rules in flow order
 */
public record CiliumPolicy(
    PolicySubject subject, Workload workload, List<Rule> ingress, List<Rule> egress) {
  public CiliumPolicy {
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
  }

  /** The rules of one direction. */
  public List<Rule> rules(Direction direction) {
    return direction == Direction.INGRESS ? ingress : egress;
  }
}
