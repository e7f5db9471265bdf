package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every policy of a set of rendered documents, with the namespaces and Services they were found
 * beside and what could not be read. Build one with {@link PolicyReader}; decide with {@link
 * PolicyEngine}.
 */
public final class PolicySet {
  /** The code of a policy part the engine cannot read (it reads the rest). */
  public static final String UNREAD = "policy-not-simulated";

  /**
   * The code of a policy file that could not be rendered or written (its policies are left out).
   */
  public static final String UNRENDERED = "policy-not-rendered";

  private final List<EnginePolicy> policies;
  private final Map<String, Map<String, String>> namespaces;
  private final Map<String, ServiceInfo> services;
  private final List<Problem> problems;

  PolicySet(
      List<EnginePolicy> policies,
      Map<String, Map<String, String>> namespaces,
      Map<String, ServiceInfo> services,
      List<Problem> problems) {
    this.policies = List.copyOf(policies);
    this.namespaces = Map.copyOf(namespaces);
    this.services = Map.copyOf(services);
    this.problems = List.copyOf(problems);
  }

  /** A warning that part of a policy at {@code file:line} is not read; the rest is. */
  public static Problem unread(String file, int line, String message) {
    return Problem.of(Severity.WARNING, UNREAD, message).atFile(file, line);
  }

  /** A warning that the policies of {@code file} are left out, the cause at {@code line}. */
  public static Problem unrendered(String file, int line, String message) {
    return Problem.of(Severity.WARNING, UNRENDERED, message).atFile(file, line);
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

  /** What could not be read, as warnings at file:line ({@link #UNREAD}, {@link #UNRENDERED}). */
  public List<Problem> problems() {
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
  public PolicySet withProblems(List<Problem> more) {
    List<Problem> r = new ArrayList<>(more);
    r.addAll(problems);
    return new PolicySet(policies, namespaces, services, r);
  }

  /**
   * The sets read from consecutive runs of documents, together: the set {@link PolicyReader} reads
   * from all those documents in that order (a later Namespace or Service of one name replaces an
   * earlier one).
   */
  public static PolicySet concat(List<PolicySet> parts) {
    List<EnginePolicy> p = new ArrayList<>();
    Map<String, Map<String, String>> n = new java.util.HashMap<>();
    Map<String, ServiceInfo> s = new java.util.HashMap<>();
    List<Problem> r = new ArrayList<>();
    for (PolicySet part : parts) {
      p.addAll(part.policies);
      n.putAll(part.namespaces);
      s.putAll(part.services);
      r.addAll(part.problems);
    }
    return new PolicySet(p, n, s, r);
  }

  /** This set and {@code other}'s policies, namespaces and Services together. */
  public PolicySet plus(PolicySet other) {
    List<EnginePolicy> p = new ArrayList<>(policies);
    p.addAll(other.policies);
    Map<String, Map<String, String>> n = new java.util.HashMap<>(namespaces);
    n.putAll(other.namespaces);
    Map<String, ServiceInfo> s = new java.util.HashMap<>(services);
    s.putAll(other.services);
    List<Problem> r = new ArrayList<>(problems);
    r.addAll(other.problems);
    return new PolicySet(p, n, s, r);
  }
}
