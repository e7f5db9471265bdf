package dev.policydesigner.model.observe;

import dev.policydesigner.model.Protocol;
import java.util.List;
import java.util.Objects;

/**
 * One L3/L4 flow Hubble observed (reply packets are never represented).
 *
 * @param source who opened the connection
 * @param destination who was contacted
 * @param port destination port
 * @param protocol TCP, UDP or SCTP
 * @param verdict what Cilium did
 * @param direction where Hubble observed it
 * @param deniedBy policies that denied it ({@code namespace/name}), from {@code *_denied_by}
 * @param allowedBy policies that allowed it ({@code namespace/name}), from {@code *_allowed_by}
 * @param dropReason Hubble's {@code drop_reason_desc}, or {@code null}
 * @param location where the flow was read ({@code file:line}), for messages
 */
public record ObservedFlow(
    ObservedEndpoint source,
    ObservedEndpoint destination,
    int port,
    Protocol protocol,
    Verdict verdict,
    TrafficDirection direction,
    List<String> deniedBy,
    List<String> allowedBy,
    String dropReason,
    String location) {

  public ObservedFlow {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(destination, "destination");
    Objects.requireNonNull(protocol, "protocol");
    verdict = verdict == null ? Verdict.UNKNOWN : verdict;
    direction = direction == null ? TrafficDirection.UNKNOWN : direction;
    deniedBy = List.copyOf(deniedBy);
    allowedBy = List.copyOf(allowedBy);
    dropReason = dropReason == null || dropReason.isBlank() ? null : dropReason;
    location = location == null ? "" : location;
  }

  /** A copy whose destination has another value. */
  public ObservedFlow withDestination(ObservedEndpoint destination) {
    return new ObservedFlow(
        source,
        destination,
        port,
        protocol,
        verdict,
        direction,
        deniedBy,
        allowedBy,
        dropReason,
        location);
  }
}
