package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code duplicate-selector}: two workloads with the same namespace and labels. Policies select
 * pods by namespace and labels only, so the two are the same pods to Cilium: whatever one may do,
 * the other may too, and a policy for one also applies to the other.
 */
public final class DuplicateSelectorLint implements Lint {
  /** The code of its findings. */
  public static final String CODE = "duplicate-selector";

  private record Selector(String namespace, Set<Label> labels) {}

  @Override
  public String code() {
    return CODE;
  }

  @Override
  public List<Problem> check(Diagram diagram) {
    List<Problem> findings = new ArrayList<>();
    Map<Selector, Workload> first = new HashMap<>();
    for (Node node : diagram.nodes()) {
      if (!(node instanceof Workload w)) {
        continue;
      }
      Workload earlier =
          first.putIfAbsent(new Selector(w.namespace(), new HashSet<>(w.labels())), w);
      if (earlier != null) {
        String message =
            "Workloads "
                + earlier.name()
                + " and "
                + w.name()
                + " have the same namespace and labels, so policies cannot tell them apart: the"
                + " flows of one apply to the other. Merge them or make their labels differ.";
        findings.add(Problem.onNode(Severity.WARNING, CODE, message, w.id()));
      }
    }
    return findings;
  }
}
