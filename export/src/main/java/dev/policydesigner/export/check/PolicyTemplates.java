package dev.policydesigner.export.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Recognises policy templates: files with a document of kind CiliumNetworkPolicy,
 * CiliumClusterwideNetworkPolicy or NetworkPolicy (a {@code kind:} line at the start of a line). A
 * file that only mentions a policy kind in its text (an alert, a comment) is no policy template.
 */
public final class PolicyTemplates {
  /** The document kinds that make a template a policy template. */
  public static final List<String> KINDS =
      List.of("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy", "NetworkPolicy");

  private static final Pattern KIND_LINE =
      Pattern.compile(
          "(?m)^kind:[ \\t]*([\"']?)(?:CiliumNetworkPolicy|CiliumClusterwideNetworkPolicy"
              + "|NetworkPolicy)\\1[ \\t]*(?:#.*)?\\r?$");

  /** The suffix of every makejinja template. */
  public static final String SUFFIX = ".j2";

  private PolicyTemplates() {}

  /** Whether {@code text} is a policy template's. */
  public static boolean isPolicy(String text) {
    return text.contains("Policy") && KIND_LINE.matcher(text).find();
  }

  /** Every {@code *.yaml.j2} policy template below {@code dir}, sorted by path. */
  public static List<Path> under(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".yaml" + SUFFIX))
          .filter(p -> !p.getFileName().toString().startsWith("kustomization."))
          .filter(PolicyTemplates::holdsPolicy)
          .sorted()
          .toList();
    }
  }

  private static boolean holdsPolicy(Path file) {
    try {
      return isPolicy(Files.readString(file));
    } catch (IOException e) {
      return false;
    }
  }
}
