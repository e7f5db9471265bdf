package dev.policydesigner.app.problems;

import dev.policydesigner.app.inspector.InputRules;
import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.List;

/** Checks names, labels, ports and CIDRs, and that every flow joins two existing nodes. */
public final class InputProblemSource implements ProblemSource {
  @Override
  public List<Problem> check(Diagram d) {
    List<Problem> out = new ArrayList<>();
    for (Node n : d.nodes()) {
      if (n instanceof Workload w) {
        add(
            out,
            w.id(),
            "Namespace \"" + w.namespace() + "\"",
            InputRules.namespace(w.namespace()));
        for (Label l : w.labels()) {
          add(out, w.id(), "Label key \"" + l.key() + "\"", InputRules.labelKey(l.key()));
          add(out, w.id(), "Label value \"" + l.value() + "\"", InputRules.labelValue(l.value()));
        }
        for (WorkloadPort p : w.ports()) {
          add(out, w.id(), "Port " + p.port(), InputRules.port(String.valueOf(p.port())));
        }
      } else if (n instanceof CidrNode c) {
        add(out, c.id(), "CIDR \"" + c.cidr() + "\"", InputRules.cidr(c.cidr()));
      }
    }
    for (Flow f : d.flows()) {
      if (d.node(f.from()).isEmpty() || d.node(f.to()).isEmpty()) {
        out.add(new Problem("error", "The flow joins a node that does not exist", f.id()));
      }
      for (PortRange p : f.ports()) {
        add(out, f.id(), "Port " + p.port(), InputRules.port(String.valueOf(p.port())));
      }
    }
    return out;
  }

  private static void add(List<Problem> out, String id, String what, String message) {
    if (message != null) {
      out.add(new Problem("error", what + ": " + message, id));
    }
  }
}
