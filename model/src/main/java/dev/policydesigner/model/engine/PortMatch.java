package dev.policydesigner.model.engine;

import java.util.List;

/**
 * The ports a rule covers: everything when it names none; else the union of its {@code toPorts}
 * ports and its {@code icmps} types. Named ports cannot be resolved without the pods' specs; they
 * are kept apart.
 *
 * @param ports the numeric ports and ICMP types
 * @param namedPorts ports given by name, as {@code http/TCP}
 * @param l7 the L7 rule kinds that filter requests on these ports ({@code http}, {@code dns}, …)
 * @param dnsNames the names a DNS L7 rule lets the DNS proxy see ({@code rules.dns})
 */
record PortMatch(
    PortSet ports,
    List<String> namedPorts,
    List<String> l7,
    List<dev.policydesigner.model.FqdnSelector> dnsNames) {
  static final PortMatch EVERYTHING = new PortMatch(PortSet.ALL, List.of(), List.of(), List.of());

  PortMatch {
    namedPorts = List.copyOf(namedPorts);
    l7 = List.copyOf(l7);
    dnsNames = List.copyOf(dnsNames);
  }
}
