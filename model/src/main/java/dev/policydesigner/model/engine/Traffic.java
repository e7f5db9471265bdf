package dev.policydesigner.model.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * What a connection carries: a destination port and protocol, or an ICMP type.
 *
 * @param protocol TCP, UDP, SCTP, ICMP or ICMPv6
 * @param port the destination port, or the ICMP type
 */
public record Traffic(IpProtocol protocol, int port) {
  public Traffic {
    Objects.requireNonNull(protocol, "protocol");
    if (port < protocol.min() || port > protocol.max()) {
      throw new IllegalArgumentException(
          (protocol.isIcmp() ? "ICMP type " : "port ")
              + port
              + " is out of range "
              + protocol.min()
              + "–"
              + protocol.max());
    }
  }

  /** TCP on {@code port}. */
  public static Traffic tcp(int port) {
    return new Traffic(IpProtocol.TCP, port);
  }

  /** {@code port} with a flow's protocol; {@code ANY} is asked as TCP. */
  public static Traffic of(int port, dev.policydesigner.model.Protocol protocol) {
    IpProtocol p =
        switch (protocol) {
          case UDP -> IpProtocol.UDP;
          case SCTP -> IpProtocol.SCTP;
          default -> IpProtocol.TCP;
        };
    return new Traffic(p, port);
  }

  /** UDP on {@code port}. */
  public static Traffic udp(int port) {
    return new Traffic(IpProtocol.UDP, port);
  }

  /**
   * Parses {@code 443}, {@code 53/UDP}, {@code 8/ICMP} (echo request) or {@code 128/ICMPv6}; TCP
   * when no protocol is given. Empty when the text is not of that form or out of range.
   */
  public static Optional<Traffic> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.strip();
    int slash = t.indexOf('/');
    String number = slash < 0 ? t : t.substring(0, slash);
    Optional<IpProtocol> protocol =
        slash < 0 ? Optional.of(IpProtocol.TCP) : IpProtocol.parse(t.substring(slash + 1));
    if (protocol.isEmpty() || !number.matches("[0-9]{1,5}")) {
      return Optional.empty();
    }
    int n = Integer.parseInt(number);
    if (n < protocol.get().min() || n > protocol.get().max()) {
      return Optional.empty();
    }
    return Optional.of(new Traffic(protocol.get(), n));
  }

  /** {@code 443/TCP}, {@code 8/ICMP}. */
  public String label() {
    return port + "/" + protocol.label();
  }

  @Override
  public String toString() {
    return label();
  }
}
