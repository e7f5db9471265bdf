package dev.policydesigner.model.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * "Would {@code from} reach {@code to} with {@code traffic}?" about a diagram, under a mode and
 * values.
 *
 * @param from the source
 * @param to the destination
 * @param traffic the port and protocol; a Service port of a destination workload is translated to
 *     the container port behind it
 * @param mode audit or enforce (the value of the diagram's mode flag)
 * @param values values for the templates ({@code loki_enabled → true}); the diagram's
 *     policies-enabled flag is {@code true} unless given
 */
public record Query(
    Endpoint from, Endpoint to, Traffic traffic, Mode mode, Map<String, Object> values) {
  public Query {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(traffic, "traffic");
    Objects.requireNonNull(mode, "mode");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** A question in enforce mode without values. */
  public static Query of(Endpoint from, Endpoint to, Traffic traffic) {
    return new Query(from, to, traffic, Mode.ENFORCE, Map.of());
  }

  /** A TCP question between two nodes of the diagram in enforce mode. */
  public static Query between(String fromNode, String toNode, int port) {
    return of(Endpoint.node(fromNode), Endpoint.node(toNode), Traffic.tcp(port));
  }

  /** A copy with other traffic. */
  public Query withTraffic(Traffic traffic) {
    return new Query(from, to, traffic, mode, values);
  }

  /** A copy in another mode. */
  public Query withMode(Mode mode) {
    return new Query(from, to, traffic, mode, values);
  }

  /** A copy with a flag set. */
  public Query withFlag(String name, boolean value) {
    return withValue(name, value);
  }

  /** A copy with a value set (a flag, or a string for {@code x == 'y'} guards). */
  public Query withValue(String name, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(name, value);
    return new Query(from, to, traffic, mode, copy);
  }

  /** A copy with several flags set. */
  public Query withFlags(Map<String, Boolean> flags) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.putAll(flags);
    return new Query(from, to, traffic, mode, copy);
  }
}
