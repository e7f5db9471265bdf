package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every policy of a set of rendered documents, with the namespaces and Services they were found
 * beside and what could not be read. Build one with {@link PolicyReader}; decide with {@link
 * PolicyEngine}.
 */
public final class PolicySet {
  private final List<EnginePolicy> policies;
  private final Map<String, Map<String, String>> namespaces;
  private final Map<String, ServiceInfo> services;
  private final List<ReadProblem> problems;

  PolicySet(
      List<EnginePolicy> policies,
      Map<String, Map<String, String>> namespaces,
      Map<String, ServiceInfo> services,
      List<ReadProblem> problems) {
    this.policies = List.copyOf(policies);
    this.namespaces = Map.copyOf(namespaces);
    this.services = Map.copyOf(services);
    this.problems = List.copyOf(problems);
  }

  List<EnginePolicy> policies() {
    return policies;
  }

  Map<String, Map<String, String>> namespaces() {
    return namespaces;
  }

  Map<String, ServiceInfo> services() {
    return services;
  }

  /** What could not be read, with file and line. */
  public List<ReadProblem> problems() {
    return problems;
  }

  /** The policies, once each, in document order. */
  public List<PolicyRef> refs() {
    List<PolicyRef> refs = new ArrayList<>();
    for (EnginePolicy p : policies) {
      if (refs.isEmpty() || refs.get(refs.size() - 1) != p.ref()) {
        refs.add(p.ref());
      }
    }
    return refs;
  }

  /** How many policy specs it holds (a policy with {@code specs} counts each). */
  public int size() {
    return policies.size();
  }

  /** A copy that also reports {@code more} (e.g. templates that could not be rendered), first. */
  public PolicySet withProblems(List<ReadProblem> more) {
    List<ReadProblem> r = new ArrayList<>(more);
    r.addAll(problems);
    return new PolicySet(policies, namespaces, services, r);
  }

  /** This set and {@code other}'s policies, namespaces and Services together. */
  public PolicySet plus(PolicySet other) {
    List<EnginePolicy> p = new ArrayList<>(policies);
    p.addAll(other.policies);
    Map<String, Map<String, String>> n = new java.util.HashMap<>(namespaces);
    n.putAll(other.namespaces);
    Map<String, ServiceInfo> s = new java.util.HashMap<>(services);
    s.putAll(other.services);
    List<ReadProblem> r = new ArrayList<>(problems);
    r.addAll(other.problems);
    return new PolicySet(p, n, s, r);
  }
}
