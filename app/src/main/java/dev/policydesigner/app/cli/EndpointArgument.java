package dev.policydesigner.app.cli;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.check.CidrBlock;
import dev.policydesigner.model.check.KubernetesNames;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Identity;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses {@code --from} / {@code --to} of {@code simulate}: a node id of the diagram, {@code
 * pod:NAMESPACE[:key=value,…]}, {@code entity:NAME} (for {@code host} and {@code remote-node}
 * optionally {@code :key=value,…} node labels), {@code ip:ADDRESS}, {@code cidr:RANGE}, {@code
 * fqdn:NAME} or {@code service:NAMESPACE/NAME}.
 */
final class EndpointArgument {
  static final String FORMS =
      "pod:NAMESPACE[:key=value,...], entity:NAME, ip:ADDRESS, cidr:RANGE, fqdn:NAME or"
          + " service:NAMESPACE/NAME";

  private EndpointArgument() {}

  /** The endpoint; {@code diagram} may be {@code null} when there is no diagram (a repo). */
  static Endpoint parse(String option, String text, Diagram diagram) {
    Optional<Identity> identity = identity(option, text);
    if (identity.isPresent()) {
      return Endpoint.of(identity.get());
    }
    if (diagram == null) {
      throw new UserInputException(option + " " + text + ": not an endpoint; write " + FORMS);
    }
    if (diagram.node(text).isEmpty()) {
      List<String> ids = diagram.nodes().stream().map(Node::id).toList();
      throw new UserInputException(
          option
              + " "
              + text
              + ": no node with this id in the diagram; node ids: "
              + String.join(", ", ids)
              + " (or "
              + FORMS
              + ")");
    }
    return Endpoint.node(text);
  }

  /** The identity {@code text} names, or empty when it is not one of the prefixed forms. */
  static Optional<Identity> identity(String option, String text) {
    int colon = text.indexOf(':');
    String kind = colon < 0 ? "" : text.substring(0, colon);
    String rest = colon < 0 ? "" : text.substring(colon + 1);
    return switch (kind) {
      case "pod" -> Optional.of(pod(option, rest));
      case "entity" -> Optional.of(entity(option, text, rest));
      case "ip" -> Optional.of(Identity.address(address(option, rest, false)));
      case "cidr" -> Optional.of(Identity.address(address(option, rest, true)));
      case "fqdn" -> Optional.of(fqdn(option, rest));
      case "service" -> Optional.of(service(option, rest));
      default -> Optional.empty();
    };
  }

  private static Identity pod(String option, String spec) {
    int colon = spec.indexOf(':');
    String namespace = colon < 0 ? spec : spec.substring(0, colon);
    Optional<String> badNamespace = KubernetesNames.namespace(namespace);
    if (namespace.isEmpty() || badNamespace.isPresent()) {
      throw new UserInputException(
          option + " pod:" + spec + ": namespace " + badNamespace.orElse("is missing"));
    }
    return new Identity.Pod(
        namespace, labels(option, "pod:" + spec, colon < 0 ? "" : spec.substring(colon + 1)));
  }

  private static Map<String, String> labels(String option, String whole, String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String pair : text.isEmpty() ? new String[0] : text.split(",")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException(
            option + " " + whole + ": label '" + pair + "' is not key=value");
      }
      String key = pair.substring(0, eq).strip();
      String value = pair.substring(eq + 1).strip();
      Optional<String> bad =
          KubernetesNames.labelKey(key).or(() -> KubernetesNames.labelValue(value));
      if (bad.isPresent()) {
        throw new UserInputException(option + " " + whole + ": label " + bad.get());
      }
      labels.put(key, value);
    }
    return labels;
  }

  private static Identity entity(String option, String text, String spec) {
    int colon = spec.indexOf(':');
    String name = colon < 0 ? spec : spec.substring(0, colon);
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
                            + String.join(
                                ", ",
                                Arrays.stream(Entity.values()).map(Entity::yamlName).toList())));
    Map<String, String> nodeLabels =
        colon < 0 ? Map.of() : labels(option, text, spec.substring(colon + 1));
    return new Identity.OfEntity(entity, nodeLabels);
  }

  private static String address(String option, String text, boolean range) {
    boolean ok = CidrBlock.tryParse(text).isPresent() && (range == text.contains("/"));
    if (!ok) {
      throw new UserInputException(
          option
              + (range ? " cidr:" : " ip:")
              + text
              + (range
                  ? ": not a CIDR range (e.g. cidr:10.0.0.0/8)"
                  : ": not an IP address (e.g. ip:203.0.113.10 or ip:2001:db8::1)"));
    }
    return text;
  }

  private static Identity fqdn(String option, String name) {
    if (name.isBlank() || name.contains(" ")) {
      throw new UserInputException(
          option + " fqdn:" + name + ": give a DNS name (e.g. fqdn:api.github.com)");
    }
    return new Identity.DnsName(
        name.contains("*") ? FqdnSelector.pattern(name) : FqdnSelector.name(name));
  }

  private static Identity service(String option, String spec) {
    int slash = spec.indexOf('/');
    if (slash <= 0 || slash == spec.length() - 1) {
      throw new UserInputException(
          option
              + " service:"
              + spec
              + ": write service:NAMESPACE/NAME (e.g. service:db/postgres)");
    }
    return new Identity.Service(spec.substring(0, slash), spec.substring(slash + 1));
  }
}
