package dev.policydesigner.model;

import java.util.List;

/**
 * How one peer of an imported CiliumNetworkPolicy rule was written, where Cilium accepts several
 * forms of the same selection: the regenerated rule uses the same form as long as it still fits.
 *
 * @param flowId the flow the peer became
 * @param implicitNamespace the endpoint selector had no {@code io.kubernetes.pod.namespace} label
 *     (it selected pods of the policy's own namespace)
 * @param expressionKeys label keys written as single-value {@code In} match expressions instead of
 *     {@code matchLabels}, in their original order
 * @param plainCidr the CIDR was written as a plain {@code toCIDR}/{@code fromCIDR} entry rather
 *     than as a {@code toCIDRSet}/{@code fromCIDRSet} entry
 * @param plainNames the {@code toFQDNs} names were written as plain YAML scalars ({@code matchName:
 *     ghcr.io}), quoted only where YAML needs it, rather than all quoted
 */
public record PeerForm(
    String flowId,
    boolean implicitNamespace,
    List<String> expressionKeys,
    boolean plainCidr,
    boolean plainNames) {
  public PeerForm {
    expressionKeys = List.copyOf(expressionKeys);
  }

  /** The form the writer uses anyway: explicit namespace, {@code matchLabels}, CIDR sets. */
  public static PeerForm standard(String flowId) {
    return new PeerForm(flowId, false, List.of(), false, false);
  }

  /** Whether this is the form the writer uses anyway. */
  public boolean isStandard() {
    return !implicitNamespace && expressionKeys.isEmpty() && !plainCidr && !plainNames;
  }

  /** A copy for another flow. */
  public PeerForm withFlowId(String flowId) {
    return new PeerForm(flowId, implicitNamespace, expressionKeys, plainCidr, plainNames);
  }
}
