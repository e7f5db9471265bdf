package dev.policydesigner.export.hubble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.observe.ObservationReport;
import dev.policydesigner.model.observe.ObservedPeer;
import dev.policydesigner.model.observe.Verdict;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link ObservationReport}, for {@code observe --format json}:
 *
 * <pre>{@code
 * {
 *   "matched":    [{"edge": {"flow", "from", "to"}, "count", "verdicts": {"FORWARDED": n}, "policies": []}],
 *   "unmatched":  [{"source": PEER, "destination": PEER, "port", "protocol", "count", "verdicts", "policies"}],
 *   "unobserved": [{"flow", "from", "to"}]
 * }
 * }</pre>
 *
 * A PEER is {@code {"kind", "description"}} plus {@code "node"} for a node of the diagram, {@code
 * "namespace"} and {@code "labels"} for a new workload, {@code "entity"}, {@code "cidr"} or {@code
 * "fqdn"}. Order follows the report (diagram order; unmatched most frequent first); keys keep the
 * order shown, verdicts their enum order. Pretty-printed, ending with a newline.
 */
public final class ObservationReportJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ObservationReportJson() {}

  /** The report as JSON text. */
  public static String write(ObservationReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode matched = root.putArray("matched");
    for (ObservationReport.Matched m : report.matched()) {
      ObjectNode n = matched.addObject();
      edge(n.putObject("edge"), m.edge());
      counts(n, m.count(), m.verdicts(), m.policies());
    }
    ArrayNode unmatched = root.putArray("unmatched");
    for (ObservationReport.Unmatched u : report.unmatched()) {
      ObjectNode n = unmatched.addObject();
      peer(n.putObject("source"), u.source());
      peer(n.putObject("destination"), u.destination());
      n.put("port", u.port());
      n.put("protocol", u.protocol().name());
      counts(n, u.count(), u.verdicts(), u.policies());
    }
    ArrayNode unobserved = root.putArray("unobserved");
    report.unobserved().forEach(e -> edge(unobserved.addObject(), e));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain values always serialises
    }
  }

  private static void edge(ObjectNode n, ObservationReport.Edge e) {
    n.put("flow", e.flowId()).put("from", e.from()).put("to", e.to());
  }

  private static void counts(
      ObjectNode n, long count, Map<Verdict, Long> verdicts, List<String> policies) {
    n.put("count", count);
    ObjectNode v = n.putObject("verdicts");
    verdicts.forEach((k, c) -> v.put(k.name(), c));
    ArrayNode p = n.putArray("policies");
    policies.forEach(p::add);
  }

  private static void peer(ObjectNode n, ObservedPeer peer) {
    n.put("kind", kind(peer));
    n.put("description", peer.description());
    if (peer instanceof ObservedPeer.KnownNode k) {
      n.put("node", k.id());
    } else if (peer instanceof ObservedPeer.NewWorkload w) {
      n.put("namespace", w.namespace());
      ObjectNode labels = n.putObject("labels");
      for (Label l : w.labels()) {
        labels.put(l.key(), l.value());
      }
    } else if (peer instanceof ObservedPeer.NewEntity e) {
      n.put("entity", e.entity().yamlName());
    } else if (peer instanceof ObservedPeer.NewCidr c) {
      n.put("cidr", c.cidr());
    } else if (peer instanceof ObservedPeer.NewFqdn f) {
      n.put("fqdn", f.name());
    }
  }

  /**
   * {@code node}, {@code workload}, {@code entity}, {@code cidr}, {@code fqdn}, {@code unknown}.
   */
  static String kind(ObservedPeer peer) {
    if (peer instanceof ObservedPeer.KnownNode) {
      return "node";
    } else if (peer instanceof ObservedPeer.NewWorkload) {
      return "workload";
    } else if (peer instanceof ObservedPeer.NewEntity) {
      return "entity";
    } else if (peer instanceof ObservedPeer.NewCidr) {
      return "cidr";
    } else if (peer instanceof ObservedPeer.NewFqdn) {
      return "fqdn";
    }
    return "unknown";
  }
}
