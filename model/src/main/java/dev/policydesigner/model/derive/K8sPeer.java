package dev.policydesigner.model.derive;

import dev.policydesigner.model.Label;
import java.util.List;

/**
 * A peer of a standard NetworkPolicy rule.
 *
 * @param namespace {@code namespaceSelector} on {@code kubernetes.io/metadata.name}, {@code ""} for
 *     every namespace ({@code namespaceSelector: {}}), or {@code null} for none
 * @param podLabels {@code podSelector.matchLabels}, or {@code null} for no pod selector
 * @param cidr {@code ipBlock.cidr}, or {@code null}
 * @param except {@code ipBlock.except}
 */
public record K8sPeer(String namespace, List<Label> podLabels, String cidr, List<String> except) {
  public K8sPeer {
    podLabels = podLabels == null ? null : List.copyOf(podLabels);
    except = except == null ? List.of() : List.copyOf(except);
  }

  /** Every pod of a namespace. */
  public static K8sPeer namespace(String namespace) {
    return new K8sPeer(namespace, null, null, List.of());
  }

  /** An IP block. */
  public static K8sPeer ipBlock(String cidr, List<String> except) {
    return new K8sPeer(null, null, cidr, except);
  }
}
