package dev.policydesigner.model.engine;

import java.util.Objects;

/**
 * A connection the policies allow: from one identity to another on some ports.
 *
 * @param from the source
 * @param to the destination
 * @param ports the ports (and ICMP types) allowed
 */
public record Connection(Identity from, Identity to, PortSet ports) {
  public Connection {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(ports, "ports");
  }
}
