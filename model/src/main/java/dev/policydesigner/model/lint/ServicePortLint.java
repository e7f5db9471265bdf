package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code service-port}: a flow to a workload on one of its Service ports that is not a container
 * port. Policies see traffic after the Service has translated it, on the container port (Hubble UI:
 * Service port 80, container port 8081); the derived rule already uses the container port, so the
 * diagram says something else than the template.
 */
public final class ServicePortLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "service-port";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    for (Flow flow : diagram.flows()) {
      Optional<Workload> destination = diagram.workload(flow.to());
      if (destination.isEmpty()) {
        continue;
      }
      for (PortRange p : flow.ports()) {
        servicePort(destination.get(), p)
            .ifPresent(
                behind -> findings.add(finding(diagram, flow, destination.get(), p, behind)));
      }
    }
    return findings;
  }

  private static Optional<WorkloadPort> servicePort(Workload w, PortRange p) {
    boolean containerPort = w.ports().stream().anyMatch(wp -> wp.port() == p.port());
    if (p.endPort() != null || containerPort) {
      return Optional.empty();
    }
    return w.portBehindService(p.port());
  }

  private static Problem finding(
      Diagram diagram, Flow flow, Workload w, PortRange port, WorkloadPort behind) {
    String message =
        "Flow "
            + flow.id()
            + " goes to "
            + w.name()
            + " on "
            + port.label()
            + ", a Service port. Policies match the container port after Service translation ("
            + behind.port()
            + "), and that is what the rule uses; draw the flow on "
            + behind.port()
            + ".";
    QuickFix fix =
        new QuickFix(
            "Use container port " + behind.port() + " instead of Service port " + port.port(),
            d -> d.mapFlow(flow.id(), f -> f.withPorts(replace(f.ports(), port, behind))));
    Problem finding =
        Problem.onFlow(Severity.WARNING, CODE, message, flow.id(), flow.from(), flow.to())
            .withFix(fix);
    return FlowLocation.locate(diagram, flow, finding);
  }

  private static List<PortRange> replace(List<PortRange> ports, PortRange old, WorkloadPort to) {
    List<PortRange> result = new ArrayList<>();
    for (PortRange p : ports) {
      result.add(p.equals(old) ? new PortRange(to.port(), null, p.protocol()) : p);
    }
    return result;
  }
}
