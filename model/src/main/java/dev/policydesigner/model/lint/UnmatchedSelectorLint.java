package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.Severity;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code unmatched-selector}: a peer whose selector cannot match the pods it is drawn as. In a
 * diagram every selector is a node, so "matches no node" means the node's own labels are wrong for
 * what it says it is. Two well-known cases are checked, each only for workloads that are the peer
 * of a subject (only then does the selector reach a policy):
 *
 * <ul>
 *   <li>a gateway whose labels lack {@value #GATEWAY_LABEL}, the label the repo's gateway pods
 *       carry (the seed corrected {@code gateway.envoyproxy.io/owning-gateway-name} to it);
 *   <li>a DNS workload that is not {@code k8s-app: kube-dns} in {@code kube-system}.
 * </ul>
 */
public final class UnmatchedSelectorLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "unmatched-selector";

  /** The label that selects the pods of one Gateway. */
  public static final String GATEWAY_LABEL = "gateway.networking.k8s.io/gateway-name";

  /** A label key used by mistake instead of {@link #GATEWAY_LABEL}. */
  public static final String ENVOY_OWNING_GATEWAY = "gateway.envoyproxy.io/owning-gateway-name";

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    Map<String, Flow> peers = new LinkedHashMap<>();
    for (Flow flow : diagram.flows()) {
      if (diagram.isSubject(flow.to())) {
        peers.putIfAbsent(flow.from(), flow);
      }
      if (diagram.isSubject(flow.from())) {
        peers.putIfAbsent(flow.to(), flow);
      }
    }
    List<Problem> findings = new ArrayList<>();
    peers.forEach(
        (id, flow) ->
            diagram
                .workload(id)
                .flatMap(w -> check(w))
                .ifPresent(f -> findings.add(FlowLocation.locate(diagram, flow, f))));
    return findings;
  }

  private Optional<Problem> check(Workload w) {
    if (w.kind() == KindHint.GATEWAY && w.label(GATEWAY_LABEL).isEmpty()) {
      return Optional.of(gateway(w));
    }
    boolean dnsSelector =
        w.namespace().equals(PolicyDeriver.KUBE_DNS_NAMESPACE)
            && w.labels().containsAll(PolicyDeriver.KUBE_DNS_LABELS);
    if (w.kind() == KindHint.DNS && !dnsSelector) {
      return Optional.of(dns(w));
    }
    return Optional.empty();
  }

  private static Problem gateway(Workload w) {
    String message =
        "Gateway "
            + w.name()
            + " is selected by "
            + describe(w)
            + ", which no gateway pod carries: gateway pods are selected by "
            + GATEWAY_LABEL
            + ": <gateway name>. The rules to and from it match nothing.";
    Problem finding = Problem.onNode(Severity.WARNING, CODE, message, w.id());
    Optional<String> owning = w.label(ENVOY_OWNING_GATEWAY);
    if (owning.isEmpty()) {
      return finding;
    }
    List<Label> labels = new ArrayList<>();
    for (Label l : w.labels()) {
      labels.add(l.key().equals(ENVOY_OWNING_GATEWAY) ? new Label(GATEWAY_LABEL, l.value()) : l);
    }
    return finding.withFix(
        new QuickFix(
            "Select " + w.name() + " by " + GATEWAY_LABEL + ": " + owning.get(),
            d -> d.mapNode(w.id(), n -> ((Workload) n).withLabels(labels))));
  }

  private static Problem dns(Workload w) {
    String message =
        "DNS workload "
            + w.name()
            + " is selected by "
            + describe(w)
            + ", but the cluster DNS pods are k8s-app: kube-dns in kube-system. DNS rules to it"
            + " match no DNS server.";
    return Problem.onNode(Severity.WARNING, CODE, message, w.id())
        .withFix(
            new QuickFix(
                "Select " + w.name() + " as k8s-app: kube-dns in kube-system",
                d ->
                    d.mapNode(
                        w.id(),
                        n ->
                            ((Workload) n)
                                .withNamespace(PolicyDeriver.KUBE_DNS_NAMESPACE)
                                .withLabels(PolicyDeriver.KUBE_DNS_LABELS))));
  }

  private static String describe(Workload w) {
    List<String> parts = new ArrayList<>();
    parts.add("namespace " + w.namespace());
    w.labels().forEach(l -> parts.add(l.key() + ": " + l.value()));
    return String.join(", ", parts);
  }
}
