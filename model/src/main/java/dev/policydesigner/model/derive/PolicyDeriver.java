package dev.policydesigner.model.derive;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives every subject's policies from the flows: each flow is the egress rule on its source's
 * policy and the ingress rule on its destination's policy, whenever that side is a subject. Pure
 * and deterministic: the same diagram always gives equal results.
 */
public final class PolicyDeriver {
  /** The labels of the cluster DNS pods that {@code toFQDNs} rules need a DNS rule to. */
  public static final List<Label> KUBE_DNS_LABELS = List.of(new Label("k8s-app", "kube-dns"));

  /** The namespace of the cluster DNS pods. */
  public static final String KUBE_DNS_NAMESPACE = "kube-system";

  private static final L7Rules ANY_DNS = new L7Rules(List.of(), List.of(FqdnSelector.pattern("*")));

  private final FallbackDeriver fallback = new FallbackDeriver();

  /** The policies of every file of the diagram, in file order. */
  public List<DerivedFile> derive(Diagram diagram) {
    List<DerivedFile> files = new ArrayList<>();
    for (PolicyFile file : diagram.files()) {
      files.add(deriveFile(diagram, file));
    }
    return files;
  }

  /** The policies of one file; subjects whose workload is missing are skipped. */
  public DerivedFile deriveFile(Diagram diagram, PolicyFile file) {
    List<DerivedPolicy> policies = new ArrayList<>();
    for (PolicySubject subject : file.subjects()) {
      Optional<Workload> workload = diagram.workload(subject.workloadId());
      if (workload.isEmpty()) {
        continue;
      }
      CiliumPolicy cilium = derivePolicy(diagram, subject, workload.get());
      policies.add(new DerivedPolicy(cilium, fallback.derive(cilium)));
    }
    return new DerivedFile(file, diagram.settings(), policies);
  }

  /** The CiliumNetworkPolicy of one subject. */
  public CiliumPolicy derivePolicy(Diagram diagram, PolicySubject subject, Workload workload) {
    List<Rule> ingress = new ArrayList<>();
    List<Rule> egress = new ArrayList<>();
    for (Flow flow : diagram.flowsTouching(workload.id())) {
      if (flow.to().equals(workload.id()) && flow.sides().hasIngress()) {
        diagram
            .node(flow.from())
            .flatMap(peer -> ingressRule(flow, peer, workload))
            .ifPresent(ingress::add);
      }
      if (flow.from().equals(workload.id()) && flow.sides().hasEgress()) {
        diagram.node(flow.to()).map(peer -> egressRule(flow, peer)).ifPresent(egress::add);
      }
    }
    boolean dnsAsWritten =
        diagram
            .fileOfSubject(workload.id())
            .map(PolicyFile::imported)
            .flatMap(i -> i.policyForm(subject.policyName()))
            .map(PolicyForm::dnsAsWritten)
            .orElse(false);
    return new CiliumPolicy(
        subject, workload, ingress, dnsAsWritten ? egress : addDnsForFqdns(egress));
  }

  private static Optional<Rule> ingressRule(Flow flow, Node source, Workload destination) {
    if (source instanceof FqdnNode) {
      return Optional.empty(); // Cilium has no fromFQDNs; the fqdn-ingress lint reports it
    }
    return Optional.of(
        new Rule(
            flow.id(),
            peerOf(source),
            containerPorts(flow.ports(), destination),
            flow.l7(),
            Guard.of(flow.condition(), source.condition()),
            flow.ingressText()));
  }

  private static Rule egressRule(Flow flow, Node destination) {
    List<PortRange> ports =
        destination instanceof Workload w ? containerPorts(flow.ports(), w) : flow.ports();
    return new Rule(
        flow.id(),
        peerOf(destination),
        ports,
        flow.l7(),
        Guard.of(flow.condition(), destination.condition()),
        flow.description());
  }

  /** The Cilium peer a node becomes. */
  public static Peer peerOf(Node node) {
    if (node instanceof Workload w) {
      return new Peer.Endpoints(w.id(), w.namespace(), w.labels());
    } else if (node instanceof EntityNode e) {
      return new Peer.Entities(e.id(), e.entities());
    } else if (node instanceof CidrNode c) {
      return new Peer.Cidr(c.id(), c.cidr(), c.except());
    }
    FqdnNode f = (FqdnNode) node;
    return new Peer.Fqdns(f.id(), f.selectors());
  }

  /** Replaces Service ports by the container ports they forward to: rules use container ports. */
  public static List<PortRange> containerPorts(List<PortRange> ports, Workload workload) {
    List<PortRange> result = new ArrayList<>(ports.size());
    for (PortRange p : ports) {
      Optional<WorkloadPort> behind =
          p.endPort() == null && !listens(workload, p.port())
              ? workload.portBehindService(p.port())
              : Optional.empty();
      result.add(behind.map(w -> new PortRange(w.port(), null, p.protocol())).orElse(p));
    }
    return result;
  }

  private static boolean listens(Workload workload, int port) {
    return workload.ports().stream().anyMatch(p -> p.port() == port);
  }

  /**
   * {@code toFQDNs} only works when Cilium's DNS proxy sees the lookups: the DNS egress rule must
   * carry a DNS L7 rule. Adds it to an existing DNS rule, or adds a DNS rule when there is none.
   */
  private static List<Rule> addDnsForFqdns(List<Rule> egress) {
    List<Rule> fqdnRules = egress.stream().filter(r -> r.peer() instanceof Peer.Fqdns).toList();
    if (fqdnRules.isEmpty()) {
      return egress;
    }
    List<Rule> result = new ArrayList<>(egress.size() + 1);
    boolean hasDns = false;
    for (Rule r : egress) {
      if (isDnsRule(r)) {
        hasDns = true;
        if (!r.l7().isEmpty()) {
          result.add(withNamesOf(r, fqdnRules));
        } else {
          result.add(withDnsL7(r));
          if (!onlyDnsPorts(r.ports())) {
            result.add(r); // the flow's other ports stay allowed as drawn, without DNS inspection
          }
        }
      } else {
        result.add(r);
      }
    }
    if (!hasDns) {
      result.add(
          0,
          new Rule(
              null,
              new Peer.Endpoints(null, KUBE_DNS_NAMESPACE, KUBE_DNS_LABELS),
              List.of(PortRange.udp(53), PortRange.tcp(53)),
              ANY_DNS,
              commonGuard(fqdnRules),
              "DNS resolution through Cilium's DNS proxy (needed by toFQDNs)"));
    }
    return result;
  }

  /**
   * A DNS rule whose DNS L7 rule lists names, with the names of the {@code toFQDNs} rules it does
   * not list added: the DNS proxy refuses lookups of other names, so without them the FQDN rules
   * would never learn an address.
   */
  private static Rule withNamesOf(Rule dns, List<Rule> fqdnRules) {
    List<FqdnSelector> names = new ArrayList<>(dns.l7().dns());
    if (names.isEmpty() || names.contains(FqdnSelector.pattern("*"))) {
      return dns;
    }
    for (Rule f : fqdnRules) {
      for (FqdnSelector s : ((Peer.Fqdns) f.peer()).selectors()) {
        if (!names.contains(s)) {
          names.add(s);
        }
      }
    }
    if (names.size() == dns.l7().dns().size()) {
      return dns;
    }
    L7Rules l7 = new L7Rules(dns.l7().http(), names);
    return new Rule(dns.flowId(), dns.peer(), dns.ports(), l7, dns.guard(), dns.description());
  }

  /**
   * The DNS rule with DNS inspection: on its own ports when they are all port 53, else on 53/UDP
   * and 53/TCP only (DNS inspection on other ports, or on a range, would parse other traffic as
   * DNS).
   */
  private static Rule withDnsL7(Rule r) {
    List<PortRange> ports =
        onlyDnsPorts(r.ports()) ? r.ports() : List.of(PortRange.udp(53), PortRange.tcp(53));
    return new Rule(r.flowId(), r.peer(), ports, ANY_DNS, r.guard(), r.description());
  }

  private static boolean onlyDnsPorts(List<PortRange> ports) {
    return !ports.isEmpty() && ports.stream().allMatch(p -> p.port() == 53 && p.endPort() == null);
  }

  /** Whether a rule is the egress to the cluster DNS on port 53. */
  public static boolean isDnsRule(Rule r) {
    if (!(r.peer() instanceof Peer.Endpoints e)) {
      return false;
    }
    boolean dnsPods = e.labels().containsAll(KUBE_DNS_LABELS);
    boolean port53 =
        r.ports().isEmpty() || r.ports().stream().anyMatch(p -> p.covers(53, p.protocol()));
    return dnsPods && port53;
  }

  /** Whether a workload is the cluster DNS. */
  public static boolean isDns(Workload w) {
    return w.kind() == KindHint.DNS || w.labels().containsAll(KUBE_DNS_LABELS);
  }

  private static Guard commonGuard(List<Rule> rules) {
    Guard first = rules.get(0).guard();
    for (Rule r : rules) {
      if (!r.guard().equals(first)) {
        return Guard.ALWAYS;
      }
    }
    return first;
  }
}
