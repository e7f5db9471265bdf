package dev.policydesigner.export.hubble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.observe.FqdnMatch;
import dev.policydesigner.model.observe.ObservedEndpoint;
import dev.policydesigner.model.observe.ObservedFlow;
import dev.policydesigner.model.observe.TrafficDirection;
import dev.policydesigner.model.observe.Verdict;
import java.util.ArrayList;
import java.util.List;

/** Turns one Hubble flow object into an {@link ObservedFlow}, or says why it is not one. */
final class HubbleFlowParser {
  private static final List<String> L4_PROTOCOLS = List.of("TCP", "UDP", "SCTP");

  /** What a line holds. */
  sealed interface Outcome permits Parsed, Skipped, DnsAnswer, Malformed {}

  /** An L3/L4 request flow. */
  record Parsed(ObservedFlow flow) implements Outcome {}

  /** Something that is not an L3/L4 request flow. */
  record Skipped() implements Outcome {}

  /** A DNS answer seen by Cilium's DNS proxy: these addresses have this name. */
  record DnsAnswer(String name, List<String> ips) implements Outcome {}

  /** A line that is not what {@code hubble observe -o json} writes. */
  record Malformed(String message) implements Outcome {}

  private HubbleFlowParser() {}

  /** Reads the flow object {@code flow} read at {@code location}. */
  static Outcome parse(JsonNode flow, String location) {
    String type = flow.path("Type").asText("");
    if (type.equals("L7")) {
      return dnsAnswer(flow.path("l7").path("dns"));
    }
    if (!type.isEmpty() && !type.equals("L3_L4")) {
      return new Skipped();
    }
    if (flow.path("is_reply").asBoolean(false) || flow.path("Reply").asBoolean(false)) {
      return new Skipped();
    }
    JsonNode l4 = flow.path("l4");
    String protocol = L4_PROTOCOLS.stream().filter(l4::has).findFirst().orElse(null);
    if (protocol == null) {
      return new Skipped(); // ICMP, or no layer 4 at all
    }
    if (!flow.path("source").isObject() || !flow.path("destination").isObject()) {
      return new Malformed("flow has no \"source\" or \"destination\" object");
    }
    int port = l4.path(protocol).path("destination_port").asInt(0);
    if (port < 1 || port > 65535) {
      return new Malformed(protocol + " flow has no valid \"destination_port\"");
    }
    return new Parsed(flow(flow, port, Protocol.valueOf(protocol), location));
  }

  private static ObservedFlow flow(JsonNode flow, int port, Protocol protocol, String location) {
    JsonNode ip = flow.path("IP");
    ObservedEndpoint source =
        HubbleEndpointReader.read(
            flow.path("source"), ip.path("source").asText(null), names(flow, "source_names"));
    ObservedEndpoint destination =
        HubbleEndpointReader.read(
            flow.path("destination"),
            ip.path("destination").asText(null),
            names(flow, "destination_names"));
    String direction = flow.path("traffic_direction").asText("");
    boolean ingress = direction.equals("INGRESS");
    return new ObservedFlow(
        source,
        destination,
        port,
        protocol,
        Verdict.parse(flow.path("verdict").asText(null)),
        TrafficDirection.parse(direction),
        policies(flow, ingress ? "ingress_denied_by" : "egress_denied_by"),
        policies(flow, ingress ? "ingress_allowed_by" : "egress_allowed_by"),
        flow.path("drop_reason_desc").asText(null),
        location);
  }

  private static JsonNode names(JsonNode flow, String field) {
    return flow.path(field);
  }

  /** {@code namespace/name} of each policy object in the array {@code field}. */
  private static List<String> policies(JsonNode flow, String field) {
    List<String> names = new ArrayList<>();
    for (JsonNode p : flow.path(field)) {
      String name = p.path("name").asText("");
      String namespace = p.path("namespace").asText("");
      if (!name.isEmpty()) {
        names.add(namespace.isEmpty() ? name : namespace + "/" + name);
      }
    }
    return names;
  }

  private static Outcome dnsAnswer(JsonNode dns) {
    List<String> ips = HubbleEndpointReader.strings(dns.path("ips"));
    String query = dns.path("query").asText("");
    if (query.isEmpty() || ips.isEmpty()) {
      return new Skipped();
    }
    return new DnsAnswer(FqdnMatch.normalise(query), ips);
  }
}
