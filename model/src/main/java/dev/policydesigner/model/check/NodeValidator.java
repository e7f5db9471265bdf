package dev.policydesigner.model.check;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks the values of one node. */
final class NodeValidator {
  private final Node node;
  private final List<Problem> out;
  private final PlaceholderValues placeholders;

  NodeValidator(Node node, List<Problem> out, PlaceholderValues placeholders) {
    this.node = node;
    this.out = out;
    this.placeholders = placeholders;
  }

  void validate() {
    if (node.id().isBlank()) {
      invalid(Optional.of("the id is empty; give the node an id"));
    }
    if (node instanceof Workload w) {
      workload(w);
    } else if (node instanceof EntityNode e && e.entities().isEmpty()) {
      invalid(Optional.of("it has no entities; pick at least one, e.g. world or host"));
    } else if (node instanceof CidrNode c) {
      cidr(c);
    } else if (node instanceof FqdnNode f) {
      fqdn(f);
    }
  }

  private void workload(Workload w) {
    invalid(placeholders.check(w.namespace(), "namespace", KubernetesNames::namespace));
    Set<String> keys = new HashSet<>();
    for (Label label : w.labels()) {
      invalid(KubernetesNames.labelKey(label.key()));
      invalid(placeholders.check(label.value(), "label value", KubernetesNames::labelValue));
      if (!keys.add(label.key())) {
        invalid(Optional.of("label key " + KubernetesNames.quote(label.key()) + " appears twice"));
      }
    }
    for (WorkloadPort port : w.ports()) {
      invalid(KubernetesNames.port(port.port()));
      if (port.servicePort() != null) {
        invalid(KubernetesNames.port(port.servicePort()).map(m -> "Service " + m));
      }
      if (port.name() != null) {
        invalid(KubernetesNames.portName(port.name()));
      }
    }
    if (w.condition() != null) {
      invalid(KubernetesNames.jinjaCondition(w.condition()));
    }
  }

  private void cidr(CidrNode c) {
    PlaceholderValues.Rendered cidr = placeholders.rendered(c.cidr(), "CIDR");
    Optional<String> syntax = cidr.fold(KubernetesNames::cidr, c.cidr());
    invalid(syntax);
    cidr.known()
        .filter(v -> syntax.isEmpty())
        .ifPresent(v -> warn(KubernetesNames.cidrHostBits(v)));
    for (String except : c.except()) {
      PlaceholderValues.Rendered rendered = placeholders.rendered(except, "except");
      Optional<String> exceptSyntax = rendered.fold(KubernetesNames::cidr, except);
      invalid(exceptSyntax.map(m -> "except " + m));
      if (syntax.isEmpty()
          && exceptSyntax.isEmpty()
          && cidr.known().isPresent()
          && rendered.known().isPresent()
          && !CidrBlock.parse(cidr.value()).contains(CidrBlock.parse(rendered.value()))) {
        invalid(
            Optional.of(
                "except "
                    + KubernetesNames.quote(except)
                    + " is not inside "
                    + KubernetesNames.quote(c.cidr())
                    + ": an exception must be a sub-range of the node's CIDR"));
      }
    }
  }

  private void fqdn(FqdnNode f) {
    if (f.selectors().isEmpty()) {
      invalid(Optional.of("it has no DNS names; add a matchName or matchPattern"));
    }
    for (FqdnSelector s : f.selectors()) {
      invalid(placeholders.fqdn(s));
    }
  }

  private void invalid(Optional<String> message) {
    message.ifPresent(m -> add(Problem.error("invalid-value", Descriptions.node(node) + ": " + m)));
  }

  private void warn(Optional<String> message) {
    message.ifPresent(
        m -> add(Problem.warning("cidr-host-bits", Descriptions.node(node) + ": " + m)));
  }

  private void add(Problem problem) {
    out.add(problem.atNode(node.id()));
  }
}
