package dev.policydesigner.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path pattern of policy files ({@link Settings#layoutPattern()}, e.g. {@code
 * templates/config/kubernetes/apps/{namespace}/{app}/app/networkpolicy.yaml.j2}) and what it says
 * about a path: which folder names the namespace. In the usual GitOps layout the folder is more
 * than a name, since a namespace kustomization there puts every resource below it into that
 * namespace.
 *
 * @param pattern the pattern, with {@code {namespace}} and {@code {app}} (or {@code {name}})
 */
public record LayoutPattern(String pattern) {
  private static final String NAMESPACE = "{namespace}";
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  public LayoutPattern {
    Objects.requireNonNull(pattern, "pattern");
  }

  /** The path of the file a new policy of {@code w} goes to. */
  public String pathOf(Workload w) {
    return pattern
        .replace(NAMESPACE, w.namespace())
        .replace("{app}", w.id())
        .replace("{name}", w.id());
  }

  /**
   * The namespace {@code path} names: its folder where the pattern has {@code {namespace}}, when
   * the folders before it are the pattern's ({@code templates/config/kubernetes/apps/}); empty for
   * other paths and for folders that are not plain names (templated ones).
   */
  public Optional<String> namespaceOf(String path) {
    int index = namespaceSegment();
    String[] segments = path.split("/");
    if (index < 0 || segments.length <= index + 1) {
      return Optional.empty();
    }
    String[] prefix = pattern.split("/");
    for (int i = 0; i < index; i++) {
      if (!prefix[i].contains("{") && !prefix[i].equals(segments[i])) {
        return Optional.empty();
      }
    }
    String folder = segments[index];
    return PLAIN_NAME.matcher(folder).matches() ? Optional.of(folder) : Optional.empty();
  }

  /**
   * {@code path} with its namespace folder (see {@link #namespaceOf}) renamed to {@code namespace};
   * empty when the path names no namespace.
   */
  public Optional<String> withNamespace(String path, String namespace) {
    return namespaceOf(path)
        .map(
            old -> {
              String[] segments = path.split("/", -1);
              segments[namespaceSegment()] = namespace;
              return String.join("/", segments);
            });
  }

  /** Whether {@code namespace} is a plain name (not a template placeholder). */
  public static boolean isPlainName(String namespace) {
    return namespace != null && PLAIN_NAME.matcher(namespace).matches();
  }

  private int namespaceSegment() {
    String[] segments = pattern.split("/");
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].equals(NAMESPACE)) {
        return i;
      }
    }
    return -1;
  }
}
