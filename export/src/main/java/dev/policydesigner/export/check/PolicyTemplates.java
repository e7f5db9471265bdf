package dev.policydesigner.export.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Recognises policy templates: files that hold a Cilium policy or a standard NetworkPolicy. */
public final class PolicyTemplates {
  /** The texts whose presence makes a template a policy template. */
  public static final List<String> MARKERS =
      List.of("CiliumNetworkPolicy", "CiliumClusterwideNetworkPolicy", "kind: NetworkPolicy");

  /** The suffix of every makejinja template. */
  public static final String SUFFIX = ".j2";

  private PolicyTemplates() {}

  /** Whether {@code text} is a policy template's. */
  public static boolean isPolicy(String text) {
    return MARKERS.stream().anyMatch(text::contains);
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
