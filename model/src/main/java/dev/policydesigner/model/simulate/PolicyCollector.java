package dev.policydesigner.model.simulate;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.K8sNetworkPolicy;
import dev.policydesigner.model.derive.K8sRule;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.derive.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The policies in force under a mode and values: files whose outer guard is false contribute
 * nothing, rules whose guard is false are dropped, and each policy says whether it makes its
 * endpoints default-deny. A guard that cannot be evaluated is recorded with what it guards (the
 * file's policies, or the rule), so that only queries it could decide become undecided.
 */
final class PolicyCollector {
  static final String CILIUM = "CiliumNetworkPolicy";
  static final String K8S = "NetworkPolicy";

  private final ConditionEvaluator conditions;
  private final Mode mode;

  PolicyCollector(ConditionEvaluator conditions, Mode mode) {
    this.conditions = conditions;
    this.mode = mode;
  }

  List<PolicyView> collect(Diagram diagram) {
    List<PolicyView> result = new ArrayList<>();
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      PolicyFile f = file.file();
      String fileError = error(f.guard(), "outer guard of " + f.path());
      if (fileError == null && !holds(f.guard())) {
        continue;
      }
      List<String> errors = fileError == null ? List.of() : List.of(fileError);
      for (DerivedPolicy policy : file.policies()) {
        result.add(cilium(policy.cilium(), f, errors));
        boolean emitted =
            !policy.cilium().subject().fallbackOnlyWhenEnforcing() || mode == Mode.ENFORCE;
        if (policy.networkPolicy().isPresent() && emitted) {
          result.add(networkPolicy(policy.networkPolicy().get(), f, errors));
        }
      }
    }
    return result;
  }

  private PolicyView cilium(CiliumPolicy p, PolicyFile file, List<String> errors) {
    List<PolicyView.RuleView> ingress = ciliumRules(p, Direction.INGRESS, file);
    List<PolicyView.RuleView> egress = ciliumRules(p, Direction.EGRESS, file);
    boolean explicit = file.defaultDenyStyle() != DefaultDenyStyle.NONE;
    boolean enforce = mode == Mode.ENFORCE;
    // With no rule in force the template writes `ingress: [{}]`: one empty rule, which gives the
    // policy an ingress section (default deny there) and admits nobody.
    boolean emptyIngressRule =
        ingress.isEmpty() && egress.isEmpty() && !keepsRuleSection(file, p.subject().policyName());
    String reason =
        explicit
            ? "enableDefaultDeny is " + enforce + " in " + mode.value() + " mode"
            : emptyIngressRule
                ? "no enableDefaultDeny and no rule in force: its one empty ingress rule"
                    + " (`ingress: [{}]`) makes ingress default-deny and admits nobody"
                : "no enableDefaultDeny: Cilium denies by default in each direction that has rules";
    return new PolicyView(
        CILIUM,
        p.subject().policyName(),
        p.workload().namespace(),
        p.workload().labels(),
        explicit ? enforce : !ingress.isEmpty() || emptyIngressRule,
        explicit ? enforce : !egress.isEmpty(),
        reason,
        ingress,
        egress,
        errors);
  }

  private List<PolicyView.RuleView> ciliumRules(CiliumPolicy p, Direction dir, PolicyFile file) {
    List<PolicyView.RuleView> rules = new ArrayList<>();
    String ns = p.workload().namespace();
    String name = p.subject().policyName();
    for (Rule r : p.rules(dir)) {
      RuleRef ref =
          new RuleRef(CILIUM, name, ns, dir, file.path(), null, r.flowId(), r.description());
      Predicate<Party> peer = party -> PeerMatcher.matches(r.peer(), party, ns);
      add(rules, ref, r.guard(), peer, r.ports(), !r.l7().isEmpty());
    }
    return rules;
  }

  private PolicyView networkPolicy(K8sNetworkPolicy np, PolicyFile file, List<String> errors) {
    return new PolicyView(
        K8S,
        np.name(),
        np.namespace(),
        np.podLabels(),
        true,
        true,
        "a standard NetworkPolicy always denies by default in its policyTypes (Ingress, Egress),"
            + " whatever the mode",
        k8sRules(np, Direction.INGRESS, file),
        k8sRules(np, Direction.EGRESS, file),
        errors);
  }

  private List<PolicyView.RuleView> k8sRules(K8sNetworkPolicy np, Direction dir, PolicyFile file) {
    List<PolicyView.RuleView> rules = new ArrayList<>();
    String ns = np.namespace();
    for (K8sRule r : dir == Direction.INGRESS ? np.ingress() : np.egress()) {
      RuleRef ref = new RuleRef(K8S, np.name(), ns, dir, file.path(), null, null, r.description());
      Predicate<Party> peer =
          party ->
              r.peers().isEmpty()
                  || r.peers().stream().anyMatch(p -> PeerMatcher.matches(p, party, ns));
      add(rules, ref, r.guard(), peer, r.ports(), false);
    }
    return rules;
  }

  private void add(
      List<PolicyView.RuleView> rules,
      RuleRef ref,
      Guard guard,
      Predicate<Party> peer,
      List<PortRange> ports,
      boolean hasL7) {
    String what =
        ref.direction().yamlName() + " rule '" + ref.description() + "' of " + ref.policy();
    String error = error(guard, what);
    if (error != null || holds(guard)) {
      rules.add(new PolicyView.RuleView(ref, peer, ports, hasL7, error));
    }
  }

  /** The message when the guard cannot be evaluated, else {@code null}. */
  private String error(Guard guard, String what) {
    try {
      conditions.test(guard);
      return null;
    } catch (ConditionException e) {
      return what + ": " + e.getMessage();
    }
  }

  private boolean holds(Guard guard) {
    try {
      return conditions.test(guard);
    } catch (ConditionException e) {
      return false;
    }
  }

  /** Whether the imported file keeps an {@code ingress:}/{@code egress:} key of its own. */
  private static boolean keepsRuleSection(PolicyFile file, String policy) {
    return file.imported() != null
        && file.imported().verbatim(policy, VerbatimSection.SPEC).stream()
            .anyMatch(b -> b.ruleSection() != null);
  }
}
