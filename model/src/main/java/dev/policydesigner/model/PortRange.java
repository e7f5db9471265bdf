package dev.policydesigner.model;

import java.util.Objects;

/**
 * A port (or range {@code port..endPort}) and protocol a flow uses.
 *
 * @param port first port, 1–65535
 * @param endPort last port of a range, or {@code null} for a single port
 * @param protocol protocol
 */
public record PortRange(int port, Integer endPort, Protocol protocol) {
  public PortRange {
    Objects.requireNonNull(protocol, "protocol");
  }

  /** A single TCP port. */
  public static PortRange tcp(int port) {
    return new PortRange(port, null, Protocol.TCP);
  }

  /** A single UDP port. */
  public static PortRange udp(int port) {
    return new PortRange(port, null, Protocol.UDP);
  }

  /** Whether {@code p}/{@code proto} falls in this range. */
  public boolean covers(int p, Protocol proto) {
    int last = endPort == null ? port : endPort;
    return p >= port && p <= last && protocol.covers(proto);
  }

  /** {@code 9000/TCP}, {@code 9000-9010/UDP}. */
  public String label() {
    return port + (endPort == null ? "" : "-" + endPort) + "/" + protocol;
  }
}
