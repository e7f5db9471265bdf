package dev.policydesigner.model.observe;

import dev.policydesigner.model.Protocol;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Observed flows and endpoints built in code for the matcher tests. */
final class ObservedFlows {
  private ObservedFlows() {}

  static ObservedEndpoint pod(String namespace, String... keyValues) {
    Map<String, String> labels = new java.util.HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      labels.put(keyValues[i], keyValues[i + 1]);
    }
    return new ObservedEndpoint(namespace, labels, Set.of(), "10.244.0.10", List.of());
  }

  static ObservedEndpoint reserved(String... names) {
    return new ObservedEndpoint(null, Map.of(), Set.of(names), "172.18.0.2", List.of());
  }

  static ObservedEndpoint world(String ip, String... names) {
    return new ObservedEndpoint(null, Map.of(), Set.of("world"), ip, List.of(names));
  }

  static ObservedFlow tcp(ObservedEndpoint from, ObservedEndpoint to, int port, Verdict verdict) {
    return flow(from, to, port, Protocol.TCP, verdict, List.of());
  }

  static ObservedFlow flow(
      ObservedEndpoint from,
      ObservedEndpoint to,
      int port,
      Protocol protocol,
      Verdict verdict,
      List<String> deniedBy) {
    return new ObservedFlow(
        from,
        to,
        port,
        protocol,
        verdict,
        TrafficDirection.EGRESS,
        deniedBy,
        List.of(),
        null,
        "test:1");
  }
}
