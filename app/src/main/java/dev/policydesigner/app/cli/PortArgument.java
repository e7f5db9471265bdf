package dev.policydesigner.app.cli;

import dev.policydesigner.model.engine.Traffic;
import java.util.Optional;

/**
 * {@code --port N[/PROTO]} of {@code simulate}: a port from 1 to 65535 with TCP (default), UDP or
 * SCTP, or an ICMP type from 0 to 255 with ICMP or ICMPv6 (e.g. {@code 8/icmp}, echo request).
 */
final class PortArgument {
  private PortArgument() {}

  static Traffic parse(String text) {
    Optional<Traffic> t =
        Traffic.parse(text.strip().replace("/any", "/tcp").replace("/ANY", "/TCP"));
    if (t.isEmpty()) {
      throw new UserInputException(
          "--port "
              + text
              + ": give a port from 1 to 65535, optionally with a protocol (e.g. 53/udp), or an"
              + " ICMP type from 0 to 255 (e.g. 8/icmp, 128/icmpv6)");
    }
    return t.get();
  }
}
