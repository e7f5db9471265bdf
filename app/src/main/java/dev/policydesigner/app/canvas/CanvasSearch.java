package dev.policydesigner.app.canvas;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a search finds: nodes by name, label ({@code key=value}, key or value), namespace, port,
 * CIDR or DNS name, and flows by port. A prefix narrows it to one of them: {@code name:}, {@code
 * label:}, {@code ns:}, {@code port:}. Case does not matter.
 *
 * @param nodeIds the nodes found, in diagram order
 * @param flowIds the flows found by port
 */
public record CanvasSearch(List<String> nodeIds, Set<String> flowIds) {
  /** Nothing found. */
  public static final CanvasSearch NONE = new CanvasSearch(List.of(), Set.of());

  public CanvasSearch {
    nodeIds = List.copyOf(nodeIds);
    flowIds = Set.copyOf(flowIds);
  }

  /** What {@code query} finds in {@code diagram}; nothing for a blank query. */
  public static CanvasSearch of(Diagram diagram, String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    String field = "";
    int colon = q.indexOf(':');
    if (colon > 0
        && List.of("name", "label", "ns", "namespace", "port").contains(q.substring(0, colon))) {
      field = q.substring(0, colon);
      q = q.substring(colon + 1).strip();
    }
    if (q.isEmpty()) {
      return NONE;
    }
    Integer port = port(q);
    List<String> nodes = new ArrayList<>();
    for (Node n : diagram.nodes()) {
      if (matches(n, field, q, port)) {
        nodes.add(n.id());
      }
    }
    Set<String> flows = new LinkedHashSet<>();
    if (port != null && (field.isEmpty() || field.equals("port"))) {
      for (Flow f : diagram.flows()) {
        if (f.ports().stream().anyMatch(p -> covers(p, port))) {
          flows.add(f.id());
        }
      }
    }
    return new CanvasSearch(nodes, flows);
  }

  /** Every node and flow found. */
  public Set<String> all() {
    Set<String> ids = new LinkedHashSet<>(nodeIds);
    ids.addAll(flowIds);
    return ids;
  }

  private static boolean matches(Node n, String field, String q, Integer port) {
    boolean any = field.isEmpty();
    if ((any || field.equals("name")) && (has(n.name(), q) || has(n.id(), q))) {
      return true;
    }
    if (n instanceof Workload w) {
      if ((any || field.startsWith("n")) && !field.equals("name") && has(w.namespace(), q)) {
        return true;
      }
      if ((any || field.equals("label")) && w.labels().stream().anyMatch(l -> label(l, q))) {
        return true;
      }
      if ((any || field.equals("port")) && port != null && servesPort(w, port)) {
        return true;
      }
    }
    return any && values(n, q);
  }

  private static boolean label(Label l, String q) {
    return has(l.key() + "=" + l.value(), q) || has(l.key() + ": " + l.value(), q);
  }

  private static boolean servesPort(Workload w, int port) {
    for (WorkloadPort p : w.ports()) {
      if (p.port() == port || (p.servicePort() != null && p.servicePort() == port)) {
        return true;
      }
    }
    return false;
  }

  private static boolean values(Node n, String q) {
    if (n instanceof CidrNode c) {
      return has(c.cidr(), q);
    }
    if (n instanceof FqdnNode f) {
      return f.selectors().stream().map(FqdnSelector::value).anyMatch(v -> has(v, q));
    }
    return n instanceof EntityNode e && e.entities().stream().anyMatch(x -> has(x.yamlName(), q));
  }

  private static boolean covers(PortRange r, int port) {
    int last = r.endPort() == null ? r.port() : r.endPort();
    return port >= r.port() && port <= last;
  }

  private static boolean has(String text, String q) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(q);
  }

  private static Integer port(String q) {
    String digits = q.replaceFirst("(?i)/(tcp|udp|sctp|any)$", "");
    try {
      int p = Integer.parseInt(digits);
      return p >= 1 && p <= 65535 ? p : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
