package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ports in words: {@code TCP 4245}, {@code UDP+TCP 53}, {@code TCP 9000-9010 and TCP 9443}, {@code
 * port 53} (any protocol), {@code all ports}.
 */
final class PortPhrase {
  private PortPhrase() {}

  static String of(List<PortRange> ports) {
    if (ports.isEmpty()) {
      return "all ports";
    }
    Map<String, List<Protocol>> byPort = new LinkedHashMap<>();
    for (PortRange p : ports) {
      String number = p.port() + (p.endPort() == null ? "" : "-" + p.endPort());
      List<Protocol> protocols = byPort.computeIfAbsent(number, k -> new ArrayList<>());
      if (!protocols.contains(p.protocol())) {
        protocols.add(p.protocol());
      }
    }
    List<String> items = new ArrayList<>();
    byPort.forEach((number, protocols) -> items.add(protocols(protocols) + " " + number));
    return String.join(" and ", items);
  }

  private static String protocols(List<Protocol> protocols) {
    if (protocols.contains(Protocol.ANY)) {
      return "port";
    }
    return String.join("+", protocols.stream().map(Protocol::name).toList());
  }
}
