package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * How an imported CiliumNetworkPolicy was written where the writer would write it otherwise: its
 * banner in the repo's own style, and DNS handling the deriver would change.
 *
 * @param policy {@code metadata.name} of the policy
 * @param banner the banner's comment lines exactly as written (after {@code ---}), or empty when
 *     the writer's own banner ("CiliumNetworkPolicy for …") is the same
 * @param title the title the import read from the banner; the banner is written as it was only
 *     while the policy's title and purpose are still these
 * @param purpose the purpose the import read from the banner
 * @param dnsAsWritten the policy allows {@code toFQDNs} without a DNS rule that lets Cilium see the
 *     lookups: keep it so (the {@code fqdn-without-dns} lint says what that means) instead of
 *     adding the DNS rule the deriver adds to designed policies
 */
public record PolicyForm(
    String policy, List<String> banner, String title, String purpose, boolean dnsAsWritten) {
  public PolicyForm {
    Objects.requireNonNull(policy, "policy");
    banner = banner == null ? List.of() : List.copyOf(banner);
    title = title == null ? "" : title;
    purpose = purpose == null ? "" : purpose;
  }

  /** Whether the banner is kept as written for a policy with this title and purpose. */
  public boolean keepsBanner(String currentTitle, String currentPurpose) {
    return !banner.isEmpty() && title.equals(currentTitle) && purpose.equals(currentPurpose);
  }

  /** A copy that lets the deriver add the DNS rule {@code toFQDNs} needs. */
  public PolicyForm withDnsAdded() {
    return new PolicyForm(policy, banner, title, purpose, false);
  }
}
