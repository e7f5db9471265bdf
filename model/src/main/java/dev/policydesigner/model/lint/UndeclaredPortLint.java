package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code undeclared-port}: a flow to a workload that declares its ports, on a port it does not
 * declare (nor as a Service port: that is {@code service-port}). The rule opens a port nothing
 * listens on, usually a typo or a port missing from the workload. The quick fix declares the port
 * on the workload.
 */
public final class UndeclaredPortLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "undeclared-port";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (Flow flow : diagram.flows()) {
      Optional<Workload> to = diagram.workload(flow.to());
      if (to.isEmpty() || to.get().ports().isEmpty()) {
        continue;
      }
      for (PortRange p : flow.ports()) {
        if (!declared(to.get(), p)) {
          findings.add(finding(diagram, flow, to.get(), p));
        }
      }
    }
    return findings;
  }

  private static boolean declared(Workload w, PortRange p) {
    for (WorkloadPort wp : w.ports()) {
      boolean protocol = p.protocol().covers(wp.protocol()) || wp.protocol().covers(p.protocol());
      int last = p.endPort() == null ? p.port() : p.endPort();
      boolean inRange = wp.port() >= p.port() && wp.port() <= last;
      boolean service =
          p.endPort() == null && wp.servicePort() != null && wp.servicePort() == p.port();
      if (protocol && (inRange || service)) {
        return true;
      }
    }
    return false;
  }

  private static Problem finding(Diagram diagram, Flow flow, Workload w, PortRange p) {
    List<String> ports = w.ports().stream().map(wp -> wp.port() + "/" + wp.protocol()).toList();
    String message =
        "Flow "
            + flow.id()
            + " goes to "
            + w.name()
            + " on "
            + p.label()
            + ", but "
            + w.name()
            + " declares only "
            + String.join(", ", ports)
            + ". The rule opens a port nothing is said to listen on: correct the flow's port, or"
            + " declare the port on "
            + w.name()
            + ".";
    Problem finding =
        Problem.onFlow(Severity.WARNING, CODE, message, flow.id(), flow.from(), flow.to());
    if (p.endPort() == null) {
      Protocol protocol = p.protocol() == Protocol.ANY ? Protocol.TCP : p.protocol();
      WorkloadPort added = new WorkloadPort(p.port(), protocol, null, null);
      String id = w.id();
      finding =
          finding.withFix(
              new QuickFix(
                  "Declare port " + p.port() + "/" + protocol + " on " + w.name(),
                  d -> d.mapNode(id, n -> withPort((Workload) n, added))));
    }
    return FlowLocation.locate(diagram, flow, finding);
  }

  private static Workload withPort(Workload w, WorkloadPort port) {
    List<WorkloadPort> ports = new ArrayList<>(w.ports());
    ports.add(port);
    return w.withPorts(ports);
  }
}
