package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells apart imported workloads of one namespace that got the same name (two components of one app
 * share {@code app.kubernetes.io/name}): a workload with a policy takes its policy's name, any
 * other adds the value of the first label that differs, e.g. "langfuse (worker)".
 */
final class WorkloadNames {
  private WorkloadNames() {}

  static Diagram distinct(Diagram diagram) {
    Map<String, List<Workload>> byName = new LinkedHashMap<>();
    for (Node n : diagram.nodes()) {
      if (n instanceof Workload w) {
        byName.computeIfAbsent(w.namespace() + "\n" + w.name(), k -> new ArrayList<>()).add(w);
      }
    }
    Set<String> taken = new HashSet<>();
    byName.values().forEach(ws -> ws.forEach(w -> taken.add(w.namespace() + "\n" + w.name())));
    Diagram result = diagram;
    for (List<Workload> same : byName.values()) {
      if (same.size() < 2) {
        continue;
      }
      for (Workload w : same) {
        String name = distinctName(diagram, w, same, taken);
        if (!name.equals(w.name())) {
          taken.add(w.namespace() + "\n" + name);
          result = result.mapNode(w.id(), n -> n.withName(name));
        }
      }
    }
    return result;
  }

  private static String distinctName(
      Diagram diagram, Workload w, List<Workload> same, Set<String> taken) {
    String policy = diagram.subject(w.id()).map(PolicySubject::policyName).orElse(null);
    if (policy != null
        && (policy.equals(w.name()) || !taken.contains(w.namespace() + "\n" + policy))) {
      return policy;
    }
    for (Label l : w.labels()) {
      boolean differs =
          same.stream()
              .anyMatch(o -> o != w && !Objects.equals(o.label(l.key()).orElse(null), l.value()));
      if (differs && !l.value().equals(w.name())) {
        return w.name() + " (" + l.value() + ")";
      }
    }
    return w.name();
  }
}
