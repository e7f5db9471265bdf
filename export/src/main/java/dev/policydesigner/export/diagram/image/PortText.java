package dev.policydesigner.export.diagram.image;

import dev.policydesigner.model.PortRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ports of a flow in one short line: {@code 8081/TCP}, {@code 53/UDP+TCP}, {@code all ports}.
 */
final class PortText {
  private PortText() {}

  static String of(List<PortRange> ports) {
    if (ports.isEmpty()) {
      return "all ports";
    }
    Map<String, List<String>> protocolsByPort = new LinkedHashMap<>();
    for (PortRange p : ports) {
      String key = p.port() + (p.endPort() == null ? "" : "-" + p.endPort());
      List<String> protocols = protocolsByPort.computeIfAbsent(key, k -> new ArrayList<>());
      if (!protocols.contains(p.protocol().name())) {
        protocols.add(p.protocol().name());
      }
    }
    List<String> parts = new ArrayList<>();
    protocolsByPort.forEach(
        (port, protocols) -> parts.add(port + "/" + String.join("+", protocols)));
    return String.join(", ", parts);
  }
}
