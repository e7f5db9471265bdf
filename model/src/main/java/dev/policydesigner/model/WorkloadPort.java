package dev.policydesigner.model;

import java.util.Objects;

/**
 * A port a workload's containers listen on. {@code servicePort}, when set, is the Service port that
 * forwards to it: rules always use the container port.
 *
 * @param port the container port (1–65535)
 * @param protocol the protocol
 * @param name optional port name, or {@code null}
 * @param servicePort optional Service port that maps to {@code port}, or {@code null}
 */
public record WorkloadPort(int port, Protocol protocol, String name, Integer servicePort) {
  public WorkloadPort {
    Objects.requireNonNull(protocol, "protocol");
  }

  /** A TCP port without name or Service port. */
  public static WorkloadPort tcp(int port) {
    return new WorkloadPort(port, Protocol.TCP, null, null);
  }
}
