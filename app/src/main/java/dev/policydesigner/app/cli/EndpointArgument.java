package dev.policydesigner.app.cli;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.CidrBlock;
import dev.policydesigner.model.check.KubernetesNames;
import dev.policydesigner.model.simulate.Endpoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code --from} / {@code --to} of {@code simulate}: a node id of the diagram, {@code
 * pod:NAMESPACE[:key=value,…]}, {@code entity:NAME} or {@code ip:ADDRESS}.
 */
final class EndpointArgument {
  private EndpointArgument() {}

  static Endpoint parse(String option, String text, Diagram diagram) {
    if (text.startsWith("pod:")) {
      return pod(option, text.substring(4));
    }
    if (text.startsWith("entity:")) {
      String name = text.substring(7);
      Entity entity =
          Entity.parse(name)
              .orElseThrow(
                  () ->
                      new UserInputException(
                          option
                              + " "
                              + text
                              + ": unknown entity '"
                              + name
                              + "': choose one of "
                              + entityNames()));
      return Endpoint.entity(entity);
    }
    if (text.startsWith("ip:")) {
      return Endpoint.ip(address(option, text.substring(3)));
    }
    if (diagram.node(text).isEmpty()) {
      List<String> ids = diagram.nodes().stream().map(Node::id).toList();
      throw new UserInputException(
          option
              + " "
              + text
              + ": no node with this id in the diagram; node ids: "
              + String.join(", ", ids)
              + " (or pod:NAMESPACE[:key=value,…], entity:NAME, ip:ADDRESS)");
    }
    return Endpoint.node(text);
  }

  private static Endpoint pod(String option, String spec) {
    int colon = spec.indexOf(':');
    String namespace = colon < 0 ? spec : spec.substring(0, colon);
    String labelText = colon < 0 ? "" : spec.substring(colon + 1);
    Optional<String> badNamespace = KubernetesNames.namespace(namespace);
    if (namespace.isEmpty() || badNamespace.isPresent()) {
      throw new UserInputException(
          option + " pod:" + spec + ": namespace " + badNamespace.orElse("is missing"));
    }
    List<Label> labels = new ArrayList<>();
    for (String pair : labelText.isEmpty() ? new String[0] : labelText.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException(
            option + " pod:" + spec + ": label '" + pair + "' is not key=value");
      }
      String key = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      Optional<String> bad =
          KubernetesNames.labelKey(key).or(() -> KubernetesNames.labelValue(value));
      if (bad.isPresent()) {
        throw new UserInputException(option + " pod:" + spec + ": label " + bad.get());
      }
      labels.add(new Label(key, value));
    }
    return new Endpoint.Pod(namespace, labels);
  }

  private static String address(String option, String text) {
    if (text.contains("/") || CidrBlock.tryParse(text).isEmpty()) {
      throw new UserInputException(
          option + " ip:" + text + ": not an IP address (e.g. ip:203.0.113.10 or ip:2001:db8::1)");
    }
    return text;
  }

  private static String entityNames() {
    return String.join(", ", Arrays.stream(Entity.values()).map(Entity::yamlName).toList());
  }
}
