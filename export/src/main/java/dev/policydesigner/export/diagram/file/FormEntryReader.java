package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.SelectorForm;
import dev.policydesigner.model.VerbatimSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code ruleForms:} and {@code selectorForms:} of an {@code imported:} entry. */
final class FormEntryReader {
  private static final Set<String> RULE_KEYS = YamlMap.keys("policy", "direction", "peers");
  private static final Set<String> PEER_KEYS =
      YamlMap.keys("flow", "implicitNamespace", "expressionKeys", "plainCidr", "plainNames");
  private static final Set<String> SELECTOR_KEYS = YamlMap.keys("policy", "expressionKeys");
  private static final Set<String> POLICY_KEYS =
      YamlMap.keys("policy", "banner", "title", "purpose", "dnsAsWritten");
  private static final List<String> DIRECTIONS = List.of("ingress", "egress");

  private final ReadProblems problems;

  FormEntryReader(ReadProblems problems) {
    this.problems = problems;
  }

  List<RuleForm> rules(YamlMap imported, String what) {
    List<RuleForm> forms = new ArrayList<>();
    for (Node item : imported.list("ruleForms")) {
      YamlMap map = YamlMap.open(item, "a rule form of " + what, RULE_KEYS, problems);
      if (map == null) {
        continue;
      }
      String policy = map.requiredText("policy");
      VerbatimSection direction =
          Values.choice(map, "direction", FormEntryReader::direction, DIRECTIONS, null);
      if (direction == null && map.value("direction") == null) {
        map.missing("direction");
      }
      List<PeerForm> peers = new ArrayList<>();
      for (Node p : map.list("peers")) {
        PeerForm peer = peer(p, what);
        if (peer != null) {
          peers.add(peer);
        }
      }
      if (policy != null && direction != null && !peers.isEmpty()) {
        forms.add(new RuleForm(policy, direction, peers));
      }
    }
    return forms;
  }

  List<SelectorForm> selectors(YamlMap imported, String what) {
    List<SelectorForm> forms = new ArrayList<>();
    for (Node item : imported.list("selectorForms")) {
      YamlMap map = YamlMap.open(item, "a selector form of " + what, SELECTOR_KEYS, problems);
      String policy = map == null ? null : map.requiredText("policy");
      if (policy != null) {
        forms.add(new SelectorForm(policy, Values.texts(map, "expressionKeys", t -> none())));
      }
    }
    return forms;
  }

  List<PolicyForm> policies(YamlMap imported, String what) {
    List<PolicyForm> forms = new ArrayList<>();
    for (Node item : imported.list("policyForms")) {
      YamlMap map = YamlMap.open(item, "a policy form of " + what, POLICY_KEYS, problems);
      String policy = map == null ? null : map.requiredText("policy");
      if (policy != null) {
        forms.add(
            new PolicyForm(
                policy,
                Values.texts(map, "banner", t -> none()),
                map.text("title"),
                map.text("purpose"),
                Boolean.TRUE.equals(map.bool("dnsAsWritten"))));
      }
    }
    return forms;
  }

  private PeerForm peer(Node item, String what) {
    YamlMap map = YamlMap.open(item, "a peer form of " + what, PEER_KEYS, problems);
    String flow = map == null ? null : map.requiredText("flow");
    if (flow == null) {
      return null;
    }
    return new PeerForm(
        flow,
        Boolean.TRUE.equals(map.bool("implicitNamespace")),
        Values.texts(map, "expressionKeys", t -> none()),
        Boolean.TRUE.equals(map.bool("plainCidr")),
        Boolean.TRUE.equals(map.bool("plainNames")));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private static Optional<VerbatimSection> direction(String text) {
    return switch (text) {
      case "ingress" -> Optional.of(VerbatimSection.INGRESS);
      case "egress" -> Optional.of(VerbatimSection.EGRESS);
      default -> Optional.empty();
    };
  }
}
