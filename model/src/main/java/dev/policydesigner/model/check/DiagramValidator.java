package dev.policydesigner.model.check;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a diagram can be exported: valid names, ports and ranges, flows between existing
 * nodes, unique ids, one policy per workload and per identity (kind, namespace, name), template
 * paths under {@code templates/}.
 *
 * <p>Codes: {@code invalid-value}, {@code cidr-host-bits} (warning), {@code unknown-node}, {@code
 * duplicate-id}, {@code unknown-subject}, {@code duplicate-subject}, {@code invalid-path}, {@code
 * duplicate-path}, {@code duplicate-policy}, {@code fqdn-ingress}.
 */
public final class DiagramValidator {
  private DiagramValidator() {}

  /**
   * All problems of the diagram, in the order nodes, flows, files, settings; template placeholders
   * in values are checked on their defaults.
   */
  public static List<Problem> validate(Diagram diagram) {
    return validate(diagram, Map.of());
  }

  /**
   * All problems of the diagram, in the order nodes, flows, files, settings; template placeholders
   * in values are checked on what they render to with {@code values} (a repo's {@code
   * cluster.yaml}), else on their defaults.
   */
  public static List<Problem> validate(Diagram diagram, Map<String, ?> values) {
    PlaceholderValues placeholders = new PlaceholderValues(values);
    List<Problem> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Node node : diagram.nodes()) {
      if (!ids.add(node.id())) {
        out.add(duplicateId(node.id(), Descriptions.node(node)).atNode(node.id()));
      }
      new NodeValidator(node, out, placeholders).validate();
    }
    for (Flow flow : diagram.flows()) {
      if (!ids.add(flow.id())) {
        out.add(
            duplicateId(flow.id(), Descriptions.flow(flow, diagram))
                .atFlow(flow.id(), flow.from(), flow.to()));
      }
      new FlowValidator(flow, diagram, out, placeholders).validate();
    }
    Set<String> paths = new HashSet<>();
    Map<String, String> fileOfSubject = new HashMap<>();
    for (PolicyFile file : diagram.files()) {
      if (!paths.add(file.path())) {
        out.add(
            Problem.error(
                    "duplicate-path",
                    "file "
                        + KubernetesNames.quote(file.path())
                        + " is listed twice; merge its policies into one entry")
                .atFile(file.path(), null));
      }
      new FileValidator(file, diagram, fileOfSubject, out).validate();
    }
    PolicyIdentities.check(diagram, out);
    settings(diagram.settings(), out);
    return List.copyOf(out);
  }

  private static Problem duplicateId(String id, String what) {
    return Problem.error(
        "duplicate-id",
        what
            + ": the id "
            + KubernetesNames.quote(id)
            + " is already used by another node or flow; ids must be unique");
  }

  private static void settings(Settings settings, List<Problem> out) {
    for (String flag : List.of(settings.enabledFlag(), settings.modeFlag())) {
      KubernetesNames.jinjaVariable(flag)
          .ifPresent(m -> out.add(Problem.error("invalid-value", "settings: flag " + m)));
    }
  }
}
