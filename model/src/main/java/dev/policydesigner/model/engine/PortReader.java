package dev.policydesigner.model.engine;

import dev.policydesigner.model.FqdnSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the ports of a rule: Cilium's {@code toPorts} (port, endPort, protocol incl. {@code ANY},
 * L7 {@code rules}) and {@code icmps}, or a NetworkPolicy's {@code ports}.
 */
final class PortReader {
  private static final List<IpProtocol> ANY =
      List.of(IpProtocol.TCP, IpProtocol.UDP, IpProtocol.SCTP);

  private PortReader() {}

  /** The ports of a Cilium rule; everything when it has neither toPorts nor icmps. */
  static PortMatch cilium(DocumentContext ctx, Map<String, Object> rule) {
    List<Object> toPorts = ctx.list(rule, "toPorts");
    List<Object> icmps = ctx.list(rule, "icmps");
    if ((toPorts == null || toPorts.isEmpty()) && (icmps == null || icmps.isEmpty())) {
      return PortMatch.EVERYTHING;
    }
    PortSet ports = PortSet.NONE;
    List<String> named = new ArrayList<>();
    List<String> l7 = new ArrayList<>();
    List<FqdnSelector> dns = new ArrayList<>();
    for (Object pr : toPorts == null ? List.of() : toPorts) {
      Map<String, Object> portRule = DocumentContext.asMap(pr);
      if (portRule == null) {
        ctx.problem(rule, "a toPorts entry is not a mapping; it is ignored");
        continue;
      }
      List<Object> list = ctx.listOrEmpty(portRule, "ports");
      if (list.isEmpty()) {
        ports = ports.union(PortSet.allOf(IpProtocol.TCP)).union(PortSet.allOf(IpProtocol.UDP));
        ports = ports.union(PortSet.allOf(IpProtocol.SCTP));
      }
      for (Object p : list) {
        ports = ports.union(ciliumPort(ctx, p, named));
      }
      readL7(ctx, ctx.map(portRule, "rules"), l7, dns);
    }
    for (Object i : icmps == null ? List.of() : icmps) {
      ports = ports.union(icmp(ctx, i));
    }
    return new PortMatch(ports, named, l7, dns);
  }

  private static PortSet ciliumPort(DocumentContext ctx, Object node, List<String> named) {
    Map<String, Object> p = DocumentContext.asMap(node);
    if (p == null) {
      ctx.problem(node, "a port entry is not a mapping; it is ignored");
      return PortSet.NONE;
    }
    String protocolText = DocumentContext.string(p, "protocol");
    List<IpProtocol> protocols = protocols(ctx, p, protocolText == null ? "ANY" : protocolText);
    return range(ctx, p, protocols, named);
  }

  private static List<IpProtocol> protocols(DocumentContext ctx, Object node, String text) {
    if (text.equalsIgnoreCase("ANY")) {
      return ANY;
    }
    return IpProtocol.parse(text)
        .filter(x -> !x.isIcmp())
        .map(List::of)
        .orElseGet(
            () -> {
              ctx.problem(node, "unknown protocol '" + text + "'; the port is ignored");
              return List.of();
            });
  }

  /** {@code port} (number, name, or 0 / absent = every port) up to {@code endPort}. */
  private static PortSet range(
      DocumentContext ctx, Map<String, Object> p, List<IpProtocol> protocols, List<String> named) {
    String port = DocumentContext.string(p, "port");
    String end = DocumentContext.string(p, "endPort");
    PortSet result = PortSet.NONE;
    if (port != null && !port.matches("[0-9]+")) {
      protocols.forEach(x -> named.add(port + "/" + x.label()));
      return result;
    }
    int first = port == null ? 0 : Integer.parseInt(port);
    int last = first;
    if (end != null && end.matches("[0-9]+")) {
      last = Integer.parseInt(end);
    } else if (end != null) {
      ctx.problem(p, "endPort '" + end + "' is not a number; the range is read as its first port");
    }
    for (IpProtocol x : protocols) {
      result = result.union(first == 0 ? PortSet.allOf(x) : PortSet.of(x, first, last));
    }
    return result;
  }

  private static void readL7(
      DocumentContext ctx, Map<String, Object> rules, List<String> l7, List<FqdnSelector> dns) {
    for (String kind : rules.keySet()) {
      l7.add(kind);
    }
    for (Object d : ctx.listOrEmpty(rules, "dns")) {
      Map<String, Object> m = DocumentContext.asMap(d);
      if (m == null) {
        continue;
      }
      String name = DocumentContext.string(m, "matchName");
      String pattern = DocumentContext.string(m, "matchPattern");
      if (name != null) {
        dns.add(FqdnSelector.name(name));
      }
      if (pattern != null) {
        dns.add(FqdnSelector.pattern(pattern));
      }
    }
  }

  private static PortSet icmp(DocumentContext ctx, Object node) {
    Map<String, Object> m = DocumentContext.asMap(node);
    PortSet result = PortSet.NONE;
    for (Object f : m == null ? List.of() : ctx.listOrEmpty(m, "fields")) {
      Map<String, Object> field = DocumentContext.asMap(f);
      String family = field == null ? null : DocumentContext.string(field, "family");
      IpProtocol p = "IPv6".equalsIgnoreCase(family) ? IpProtocol.ICMPV6 : IpProtocol.ICMP;
      Integer type =
          field == null ? null : IcmpTypes.number(DocumentContext.string(field, "type"), p);
      if (type == null) {
        ctx.problem(f, "ICMP field without a known type; it is ignored");
        continue;
      }
      result = result.union(PortSet.of(p, type, type));
    }
    return result;
  }

  /** The ports of a NetworkPolicy rule: TCP unless given, everything when the list is absent. */
  static PortMatch kubernetes(DocumentContext ctx, Map<String, Object> rule) {
    List<Object> list = ctx.list(rule, "ports");
    if (list == null || list.isEmpty()) {
      return PortMatch.EVERYTHING;
    }
    PortSet ports = PortSet.NONE;
    List<String> named = new ArrayList<>();
    for (Object node : list) {
      Map<String, Object> p = DocumentContext.asMap(node);
      if (p == null) {
        ctx.problem(rule, "a ports entry is not a mapping; it is ignored");
        continue;
      }
      String protocol = DocumentContext.string(p, "protocol");
      ports =
          ports.union(range(ctx, p, protocols(ctx, p, protocol == null ? "TCP" : protocol), named));
    }
    return new PortMatch(ports, named, List.of(), List.of());
  }
}
