package dev.policydesigner.export.check;

import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a policy's identity (kind, namespace, name) unique in a checkout: finds the policies of a
 * checkout's other templates that have the identity of a policy the diagram writes ({@link #check})
 * and two templates of a checkout that define one identity ({@link #duplicates}); the cluster would
 * keep only one of the two. Reads each policy document's {@code kind} and {@code metadata} lines as
 * written; names built by template code are not seen. Code {@code duplicate-policy}.
 */
public final class CheckoutPolicyIdentities {
  private static final Pattern KIND =
      Pattern.compile("^kind:\\s*(CiliumNetworkPolicy|NetworkPolicy)\\s*$");
  private static final Pattern FIELD =
      Pattern.compile("^  (name|namespace):\\s*['\"]?([^'\"#\\s]+)['\"]?\\s*$");

  /** The code of the problems found. */
  public static final String CODE = "duplicate-policy";

  private CheckoutPolicyIdentities() {}

  /**
   * Problems for every policy a template of the checkout defines that a template earlier in path
   * order defines too, each at the later one's {@code name} line.
   */
  public static List<Problem> duplicates(RepoCheckout checkout) throws IOException {
    List<Problem> out = new ArrayList<>();
    Path templates = checkout.root().resolve("templates");
    if (!Files.isDirectory(templates)) {
      return out;
    }
    Map<String, String> first = new LinkedHashMap<>();
    for (Path file : PolicyTemplates.under(templates)) {
      String rel = checkout.relative(file);
      for (Map.Entry<String, Integer> found : inTemplate(readQuietly(file)).entrySet()) {
        String earlier = first.putIfAbsent(found.getKey(), rel + ":" + found.getValue());
        if (earlier != null) {
          out.add(
              Problem.error(
                      CODE,
                      found.getKey()
                          + " is also defined in "
                          + earlier
                          + ": the cluster keeps only one of them; rename one of the policies"
                          + " or remove one")
                  .atFile(rel, found.getValue()));
        }
      }
    }
    return out;
  }

  /** Problems for every policy of the diagram that another template of the checkout defines. */
  public static List<Problem> check(Diagram diagram, RepoCheckout checkout) throws IOException {
    Map<String, String> mine = identities(diagram);
    if (mine.isEmpty()) {
      return List.of();
    }
    Set<String> own = new HashSet<>();
    diagram.files().forEach(f -> own.add(f.path()));
    List<Problem> out = new ArrayList<>();
    Path templates = checkout.root().resolve("templates");
    if (!Files.isDirectory(templates)) {
      return out;
    }
    for (Path file : PolicyTemplates.under(templates)) {
      String rel = checkout.relative(file);
      if (own.contains(rel)) {
        continue;
      }
      for (Map.Entry<String, Integer> found : inTemplate(readQuietly(file)).entrySet()) {
        String ours = mine.get(found.getKey());
        if (ours != null) {
          out.add(
              Problem.error(
                      CODE,
                      found.getKey()
                          + " is also defined here, and the diagram writes it to "
                          + ours
                          + ": the cluster keeps only one of them; rename the diagram's policy"
                          + " or remove this one")
                  .atFile(rel, found.getValue()));
        }
      }
    }
    return out;
  }

  /** {@code Kind namespace/name} → the diagram file that writes it. */
  private static Map<String, String> identities(Diagram diagram) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PolicyFile file : diagram.files()) {
      for (PolicySubject s : file.subjects()) {
        Optional<Workload> w = diagram.workload(s.workloadId());
        if (w.isEmpty()) {
          continue;
        }
        out.putIfAbsent(
            identity("CiliumNetworkPolicy", w.get().namespace(), s.policyName()), file.path());
        if (s.fallback() != NetworkPolicyFallback.NONE) {
          out.putIfAbsent(
              identity("NetworkPolicy", w.get().namespace(), s.policyName()), file.path());
        }
      }
    }
    return out;
  }

  private static String identity(String kind, String namespace, String name) {
    return kind + " " + namespace + "/" + name;
  }

  /** The identities a template's documents declare, with the line of their {@code name}. */
  static Map<String, Integer> inTemplate(String text) {
    Map<String, Integer> out = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    String kind = null;
    String name = null;
    String namespace = null;
    int nameLine = 0;
    boolean inMetadata = false;
    for (int i = 0; i <= lines.length; i++) {
      String line = i < lines.length ? lines[i] : "---";
      if (line.startsWith("---")) {
        if (kind != null && name != null && namespace != null) {
          out.putIfAbsent(identity(kind, namespace, name), nameLine);
        }
        kind = name = namespace = null;
        inMetadata = false;
        continue;
      }
      Matcher k = line.startsWith("kind:") ? KIND.matcher(line) : null;
      if (k != null && k.matches()) {
        kind = k.group(1);
      } else if (line.startsWith("metadata:")) {
        inMetadata = true;
      } else if (!line.isEmpty()
          && !Character.isWhitespace(line.charAt(0))
          && !line.startsWith("#")) {
        inMetadata = false;
      } else if (inMetadata) {
        Matcher f = FIELD.matcher(line);
        if (f.matches() && f.group(1).equals("name") && name == null) {
          name = f.group(2);
          nameLine = i + 1;
        } else if (f.matches() && f.group(1).equals("namespace") && namespace == null) {
          namespace = f.group(2);
        }
      }
    }
    return out;
  }

  private static String readQuietly(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }
}
