package dev.policydesigner.model;

import java.util.List;

/**
 * Optional layer-7 rules of a flow: HTTP rules or DNS names (a flow has one kind or neither).
 *
 * @param http HTTP rules (empty = none)
 * @param dns DNS names the peer may look up (empty = none)
 */
public record L7Rules(List<HttpRule> http, List<FqdnSelector> dns) {
  /** No L7 rules. */
  public static final L7Rules NONE = new L7Rules(List.of(), List.of());

  public L7Rules {
    http = List.copyOf(http);
    dns = List.copyOf(dns);
  }

  /** Whether there are no L7 rules at all. */
  public boolean isEmpty() {
    return http.isEmpty() && dns.isEmpty();
  }
}
