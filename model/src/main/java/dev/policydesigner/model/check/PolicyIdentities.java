package dev.policydesigner.model.check;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reports two policies of a diagram with one identity (kind, namespace, name): the cluster would
 * keep only the one applied last. Code {@code duplicate-policy}.
 */
final class PolicyIdentities {
  static final String CODE = "duplicate-policy";

  private PolicyIdentities() {}

  /**
   * The identity of a policy as {@code Kind namespace/name}.
   *
   * @param kind {@code CiliumNetworkPolicy} or {@code NetworkPolicy}
   */
  static String identity(String kind, String namespace, String name) {
    return kind + " " + namespace + "/" + name;
  }

  static void check(Diagram diagram, List<Problem> out) {
    Map<String, String> fileOf = new HashMap<>();
    Set<String> subjects = new HashSet<>();
    for (PolicyFile file : diagram.files()) {
      for (PolicySubject s : file.subjects()) {
        Optional<Workload> w = diagram.workload(s.workloadId());
        // a workload that is a subject twice is reported as duplicate-subject already
        if (w.isEmpty() || !subjects.add(s.workloadId())) {
          continue;
        }
        String ns = w.get().namespace();
        add(identity("CiliumNetworkPolicy", ns, s.policyName()), file, s, fileOf, out);
        if (s.fallback() != NetworkPolicyFallback.NONE) {
          add(identity("NetworkPolicy", ns, s.policyName()), file, s, fileOf, out);
        }
      }
    }
  }

  private static void add(
      String identity,
      PolicyFile file,
      PolicySubject subject,
      Map<String, String> fileOf,
      List<Problem> out) {
    String earlier = fileOf.putIfAbsent(identity, file.path());
    if (earlier == null) {
      return;
    }
    String where = earlier.equals(file.path()) ? "earlier in this file" : "in " + earlier;
    out.add(
        Problem.error(
                CODE,
                identity
                    + " is defined twice (also "
                    + where
                    + "): the cluster keeps only one of them; give this policy another name")
            .atNode(subject.workloadId())
            .atFile(file.path(), null)
            .inPolicy(subject.policyName()));
  }
}
