package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Protocol;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * "Would {@code from} reach {@code to} on {@code port}/{@code protocol}?" under a mode and values.
 *
 * @param from the source
 * @param to the destination
 * @param port the destination port; a Service port of a destination workload is translated to the
 *     container port behind it
 * @param protocol TCP, UDP or SCTP ({@link Protocol#ANY} asks whether every protocol is allowed)
 * @param mode audit or enforce (the value of the diagram's mode flag)
 * @param values flag values for guards ({@code loki_enabled → true}); names not given are
 *     undefined, except the diagram's policies-enabled flag, which is {@code true} unless given
 */
public record Query(
    Endpoint from,
    Endpoint to,
    int port,
    Protocol protocol,
    Mode mode,
    Map<String, Object> values) {
  public Query {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(mode, "mode");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A TCP query in enforce mode without flag values. */
  public static Query of(Endpoint from, Endpoint to, int port) {
    return new Query(from, to, port, Protocol.TCP, Mode.ENFORCE, Map.of());
  }

  /** A TCP query between two nodes of the diagram in enforce mode. */
  public static Query between(String fromNode, String toNode, int port) {
    return of(Endpoint.node(fromNode), Endpoint.node(toNode), port);
  }

  /** A copy with another protocol. */
  public Query withProtocol(Protocol protocol) {
    return new Query(from, to, port, protocol, mode, values);
  }

  /** A copy in another mode. */
  public Query withMode(Mode mode) {
    return new Query(from, to, port, protocol, mode, values);
  }

  /** A copy with a flag set. */
  public Query withFlag(String name, boolean value) {
    return withValue(name, value);
  }

  /** A copy with a value set (a flag, or a string for {@code x == 'y'} guards). */
  public Query withValue(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new Query(from, to, port, protocol, mode, copy);
  }

  /** A copy with several flags set. */
  public Query withFlags(Map<String, Boolean> flags) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.putAll(flags);
    return new Query(from, to, port, protocol, mode, copy);
  }
}
