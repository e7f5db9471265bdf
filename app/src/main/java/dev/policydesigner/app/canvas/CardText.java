package dev.policydesigner.app.canvas;

import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
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
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The short texts the canvas shows for nodes and flows. */
public final class CardText {
  private static final Pattern FIRST_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private CardText() {}

  /** The icon of a node: by kind hint, by entities, or the CIDR / FQDN icon. */
  public static Icon icon(Node node) {
    if (node instanceof Workload w) {
      return Icon.forKind(w.kind().fileName());
    }
    if (node instanceof EntityNode e) {
      return Icon.forEntities(e.entities().stream().map(Entity::yamlName).toList());
    }
    return node instanceof CidrNode ? Icon.CIDR : Icon.FQDN;
  }

  /** The second line: namespace, or what kind of external peer it is. */
  public static String subtitle(Node node) {
    if (node instanceof Workload w) {
      return w.namespace();
    }
    if (node instanceof EntityNode) {
      return "Cilium entities";
    }
    return node instanceof CidrNode ? "CIDR" : "FQDN";
  }

  /** The detail lines: labels of a workload, the values of other nodes. */
  public static List<String> details(Node node) {
    List<String> lines = new ArrayList<>();
    if (node instanceof Workload w) {
      for (Label l : w.labels()) {
        lines.add(l.key() + "=" + l.value());
      }
      if (!w.ports().isEmpty()) {
        List<String> ports = new ArrayList<>();
        for (WorkloadPort p : w.ports()) {
          ports.add(p.port() + "/" + p.protocol());
        }
        lines.add("ports " + String.join(", ", ports));
      }
    } else if (node instanceof EntityNode e) {
      lines.add(String.join(", ", e.entities().stream().map(Entity::yamlName).toList()));
    } else if (node instanceof CidrNode c) {
      lines.add(c.cidr());
      for (String ex : c.except()) {
        lines.add("except " + ex);
      }
    } else if (node instanceof FqdnNode f) {
      for (FqdnSelector s : f.selectors()) {
        lines.add(s.value());
      }
    }
    return lines;
  }

  /** {@code 8081/TCP}, {@code 53/UDP, 53/TCP}, or {@code all ports}. */
  public static String ports(Flow flow) {
    if (flow.ports().isEmpty()) {
      return "all ports";
    }
    return String.join(", ", flow.ports().stream().map(PortRange::label).toList());
  }

  /**
   * The first flag of a condition: {@code monitoring_enabled | default(false)} →
   * monitoring_enabled.
   */
  public static String shortCondition(String condition) {
    if (condition == null) {
      return null;
    }
    Matcher m = FIRST_NAME.matcher(condition);
    String first = m.find() ? m.group() : condition.strip();
    if ("not".equals(first) && m.find()) {
      first = "not " + m.group();
    }
    boolean more = condition.contains(" and ") || condition.contains(" or ");
    return more ? first + " …" : first;
  }
}
