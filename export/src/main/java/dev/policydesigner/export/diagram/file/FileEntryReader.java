package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.KubernetesNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads one entry of {@code files:}. */
final class FileEntryReader {
  static final List<String> DEFAULT_DENY_STYLES =
      Arrays.stream(DefaultDenyStyle.values()).map(DefaultDenyStyle::fileName).toList();
  private static final List<String> FALLBACKS =
      Arrays.stream(NetworkPolicyFallback.values()).map(NetworkPolicyFallback::fileName).toList();
  private static final Set<String> KEYS =
      YamlMap.keys("path", "guard", "defaultDeny", "kustomization", "policies", "imported");
  private static final Set<String> POLICY_KEYS =
      YamlMap.keys(
          "workload",
          "name",
          "title",
          "purpose",
          "description",
          "networkPolicy",
          "networkPolicyOnlyWhenEnforcing");

  private final ReadProblems problems;
  private final Set<String> nodeIds;
  private final Map<String, dev.policydesigner.model.Node> nodes;

  /**
   * {@code nodeIds}: the ids of all node entries; {@code nodes}: the nodes read without problems.
   */
  FileEntryReader(
      ReadProblems problems,
      Set<String> nodeIds,
      Map<String, dev.policydesigner.model.Node> nodes) {
    this.problems = problems;
    this.nodeIds = nodeIds;
    this.nodes = nodes;
  }

  /** The file, or {@code null} when the entry has problems (reported). */
  PolicyFile read(Node item) {
    String peekPath = NodeEntryReader.peek(item, "path");
    String what = "file" + (peekPath == null ? "" : " \"" + peekPath + "\"");
    YamlMap map = YamlMap.open(item, what, KEYS, problems);
    if (map == null) {
      return null;
    }
    String path = map.requiredText("path");
    Guard guard = guard(map);
    DefaultDenyStyle style =
        Values.choice(
            map,
            "defaultDeny",
            DefaultDenyStyle::parse,
            DEFAULT_DENY_STYLES,
            DefaultDenyStyle.IF_BLOCK);
    String kustomization = map.text("kustomization");
    List<PolicySubject> subjects = new ArrayList<>();
    for (Node policy : map.list("policies")) {
      PolicySubject subject = subject(policy, what);
      if (subject != null) {
        subjects.add(subject);
      }
    }
    ImportedFile imported = new ImportedEntryReader(problems).read(map, what);
    return path == null
        ? null
        : new PolicyFile(path, guard, style, subjects, kustomization, imported);
  }

  /** A list of conjuncts, or one expression split at its top-level {@code and}s. */
  private Guard guard(YamlMap map) {
    Node value = map.value("guard");
    if (value == null || value instanceof SequenceNode) {
      return new Guard(Values.conditions(map, "guard"));
    }
    String expression = Values.condition(map, "guard");
    return Guard.parse(expression);
  }

  private PolicySubject subject(Node item, String what) {
    YamlMap map = YamlMap.open(item, "a policy of " + what, POLICY_KEYS, problems);
    if (map == null) {
      return null;
    }
    String workload = map.requiredText("workload");
    boolean broken = nodeIds.contains(workload) && !nodes.containsKey(workload);
    if (workload != null && !broken && !(nodes.get(workload) instanceof Workload)) {
      String why = nodes.containsKey(workload) ? "is not a workload" : "is not in \"nodes\"";
      problems.error(
          map.value("workload"),
          "unknown-subject",
          "policy of "
              + what
              + " selects \""
              + workload
              + "\", which "
              + why
              + "; only workloads can have a policy");
    }
    String name = Values.checked(map, "name", KubernetesNames::objectName, true);
    NetworkPolicyFallback fallback =
        Values.choice(
            map,
            "networkPolicy",
            NetworkPolicyFallback::parse,
            FALLBACKS,
            NetworkPolicyFallback.NONE);
    Boolean onlyWhenEnforcing = map.bool("networkPolicyOnlyWhenEnforcing");
    if (workload == null || name == null) {
      return null;
    }
    return new PolicySubject(
        workload,
        name,
        map.text("title"),
        map.text("purpose"),
        map.text("description"),
        fallback,
        Boolean.TRUE.equals(onlyWhenEnforcing));
  }
}
