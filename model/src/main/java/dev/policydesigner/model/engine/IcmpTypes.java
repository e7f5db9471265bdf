package dev.policydesigner.model.engine;

import java.util.Map;

/** ICMP types as numbers or as the names Cilium accepts for the common ones. */
final class IcmpTypes {
  private static final Map<String, Integer> V4 =
      Map.of(
          "EchoReply", 0,
          "DestinationUnreachable", 3,
          "Redirect", 5,
          "Echo", 8,
          "EchoRequest", 8,
          "TimeExceeded", 11,
          "ParameterProblem", 12);
  private static final Map<String, Integer> V6 =
      Map.of(
          "DestinationUnreachable", 1,
          "PacketTooBig", 2,
          "TimeExceeded", 3,
          "ParameterProblem", 4,
          "EchoRequest", 128,
          "EchoReply", 129,
          "NeighborSolicitation", 135,
          "NeighborAdvertisement", 136);

  private IcmpTypes() {}

  /** The type number of {@code text} in the family of {@code protocol}, or {@code null}. */
  static Integer number(String text, IpProtocol protocol) {
    if (text == null) {
      return null;
    }
    if (text.matches("[0-9]{1,3}")) {
      int n = Integer.parseInt(text);
      return n <= 255 ? n : null;
    }
    return (protocol == IpProtocol.ICMPV6 ? V6 : V4).get(text);
  }
}
