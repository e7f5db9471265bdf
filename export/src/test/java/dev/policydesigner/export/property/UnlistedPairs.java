package dev.policydesigner.export.property;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of subject workloads that the diagram does not connect, read from the diagram alone (in
 * enforce mode, every flag true): A → B must be denied when A's egress is default-deny and no flow
 * from a subject selecting A reaches a node covering B, or B's ingress is default-deny and no flow
 * into a subject selecting B comes from a node covering A. A node covers a pod when its selector
 * matches it, or it is the {@code cluster} or {@code all} entity; a subject with the namespace-wide
 * NetworkPolicy fallback also admits every pod of a peer's namespace.
 */
final class UnlistedPairs {
  private final Diagram diagram;
  private final List<Workload> subjects = new ArrayList<>();

  UnlistedPairs(Diagram diagram) {
    this.diagram = diagram;
    for (PolicyFile f : diagram.files()) {
      for (PolicySubject s : f.subjects()) {
        diagram.workload(s.workloadId()).ifPresent(subjects::add);
      }
    }
  }

  /** Every ordered pair of distinct subjects whose connection the diagram denies. */
  List<Workload[]> denied() {
    List<Workload[]> result = new ArrayList<>();
    for (Workload a : subjects) {
      for (Workload b : subjects) {
        if (a != b && deniesEgress(a, b) || a != b && deniesIngress(a, b)) {
          result.add(new Workload[] {a, b});
        }
      }
    }
    return result;
  }

  private boolean deniesEgress(Workload a, Workload b) {
    boolean defaultDeny = false;
    for (Workload s : selecting(a)) {
      PolicySubject subject = diagram.subject(s.id()).orElseThrow();
      boolean wide = subject.fallback() == NetworkPolicyFallback.NAMESPACE;
      List<Flow> out = diagram.flows().stream().filter(f -> f.from().equals(s.id())).toList();
      defaultDeny |= makesDefaultDeny(s, subject, !out.isEmpty());
      for (Flow f : out) {
        Node to = diagram.node(f.to()).orElseThrow();
        if (covers(to, b, wide) || to instanceof FqdnNode && isDnsPod(b)) {
          return false;
        }
      }
    }
    return defaultDeny;
  }

  private boolean deniesIngress(Workload a, Workload b) {
    boolean defaultDeny = false;
    for (Workload s : selecting(b)) {
      PolicySubject subject = diagram.subject(s.id()).orElseThrow();
      boolean wide = subject.fallback() == NetworkPolicyFallback.NAMESPACE;
      List<Flow> in = diagram.flows().stream().filter(f -> f.to().equals(s.id())).toList();
      defaultDeny |= makesDefaultDeny(s, subject, !in.isEmpty());
      for (Flow f : in) {
        if (covers(diagram.node(f.from()).orElseThrow(), a, wide)) {
          return false;
        }
      }
    }
    return defaultDeny;
  }

  private boolean makesDefaultDeny(Workload s, PolicySubject subject, boolean hasRules) {
    DefaultDenyStyle style = diagram.fileOfSubject(s.id()).orElseThrow().defaultDenyStyle();
    return style != DefaultDenyStyle.NONE
        || subject.fallback() != NetworkPolicyFallback.NONE
        || hasRules;
  }

  private List<Workload> selecting(Workload pod) {
    return subjects.stream().filter(s -> Selection.selects(s, pod)).toList();
  }

  private static boolean covers(Node node, Workload pod, boolean wholeNamespace) {
    if (node instanceof Workload w) {
      return wholeNamespace ? w.namespace().equals(pod.namespace()) : Selection.selects(w, pod);
    } else if (node instanceof EntityNode e) {
      return e.entities().contains(Entity.CLUSTER) || e.entities().contains(Entity.ALL);
    }
    return !(node instanceof CidrNode) && !(node instanceof FqdnNode);
  }

  /** The DNS rule the deriver adds for toFQDNs reaches the cluster DNS pods. */
  private static boolean isDnsPod(Workload w) {
    return w.namespace().equals(PolicyDeriver.KUBE_DNS_NAMESPACE)
        && w.labels().containsAll(PolicyDeriver.KUBE_DNS_LABELS);
  }
}
