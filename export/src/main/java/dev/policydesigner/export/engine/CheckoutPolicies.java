package dev.policydesigner.export.engine;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.repo.ParallelMap;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.engine.PolicyReader;
import dev.policydesigner.model.engine.PolicySet;
import dev.policydesigner.model.engine.SourceDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a checkout the engine reads, held as text: every template ({@code *.j2}) and every
 * plain YAML file under {@code templates/} that holds a CiliumNetworkPolicy,
 * CiliumClusterwideNetworkPolicy, NetworkPolicy or Namespace. Rendered for one value set at a time
 * with the in-app renderer. Immutable.
 */
public final class CheckoutPolicies {
  private static final List<String> KINDS =
      List.of(
          "CiliumNetworkPolicy",
          "CiliumClusterwideNetworkPolicy",
          "kind: NetworkPolicy",
          "kind: Namespace");

  private final Map<String, String> files;

  private CheckoutPolicies(Map<String, String> files) {
    this.files = Map.copyOf(files);
  }

  /** No files. */
  public static CheckoutPolicies none() {
    return new CheckoutPolicies(Map.of());
  }

  /** The files of these paths (repo-relative) with these texts. */
  public static CheckoutPolicies of(Map<String, String> files) {
    return new CheckoutPolicies(files);
  }

  /** Reads the policy files under {@code root}/templates. */
  public static CheckoutPolicies read(Path root) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Path templates = root.resolve("templates");
    if (!Files.isDirectory(templates)) {
      return none();
    }
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(templates)) {
      paths =
          walk.filter(Files::isRegularFile).filter(CheckoutPolicies::yamlName).sorted().toList();
    }
    for (Path p : paths) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (KINDS.stream().anyMatch(text::contains)) {
        files.put(root.relativize(p).toString().replace('\\', '/'), text);
      }
    }
    return new CheckoutPolicies(files);
  }

  private static boolean yamlName(Path p) {
    String n = p.getFileName().toString();
    return (n.endsWith(".yaml.j2")
            || n.endsWith(".yml.j2")
            || n.endsWith(".yaml")
            || n.endsWith(".yml"))
        && !n.startsWith("kustomization.");
  }

  /** The repo-relative paths, sorted. */
  public List<String> paths() {
    return files.keySet().stream().sorted().toList();
  }

  /** The text of one file, or {@code null}. */
  public String text(String path) {
    return files.get(path);
  }

  /** The same files without {@code paths} (the ones a diagram writes itself). */
  public CheckoutPolicies without(Set<String> paths) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    paths.forEach(copy::remove);
    return new CheckoutPolicies(copy);
  }

  /** The same files plus (or replacing) {@code more}. */
  public CheckoutPolicies with(Map<String, String> more) {
    Map<String, String> copy = new LinkedHashMap<>(files);
    copy.putAll(more);
    return new CheckoutPolicies(copy);
  }

  /** Every file rendered for {@code values}, in path order (rendered on all cores). */
  public List<RenderedFile> render(MakejinjaRenderer renderer, Map<String, Object> values) {
    return render(renderer, List.of(values)).get(0);
  }

  /**
   * Every file rendered for each of {@code valueSets}: one list per value set, in path order. A
   * template is prepared (lines marked, comments read, parsed) once for all value sets; the files
   * are rendered on all cores.
   */
  public List<List<RenderedFile>> render(
      MakejinjaRenderer renderer, List<Map<String, Object>> valueSets) {
    RenderedDocuments documents = new RenderedDocuments(renderer);
    List<List<RenderedFile>> byFile =
        ParallelMap.of(paths(), path -> renderEach(documents, path, valueSets));
    List<List<RenderedFile>> bySet = new ArrayList<>();
    for (int i = 0; i < valueSets.size(); i++) {
      List<RenderedFile> set = new ArrayList<>(byFile.size());
      for (List<RenderedFile> file : byFile) {
        set.add(file.get(i));
      }
      bySet.add(List.copyOf(set));
    }
    return List.copyOf(bySet);
  }

  private List<RenderedFile> renderEach(
      RenderedDocuments documents, String path, List<Map<String, Object>> valueSets) {
    String text = files.get(path);
    RenderedDocuments.Prepared prepared =
        path.endsWith(".j2") ? documents.prepare(path, text) : null;
    List<RenderedFile> rendered = new ArrayList<>(valueSets.size());
    for (Map<String, Object> values : valueSets) {
      rendered.add(
          prepared == null ? RenderedDocuments.plain(path, text) : prepared.render(values));
    }
    return rendered;
  }

  /** The policies of every file rendered for {@code values}, with what could not be read. */
  public PolicySet policies(MakejinjaRenderer renderer, Map<String, Object> values) {
    return policies(renderer, List.of(values)).get(0);
  }

  /**
   * The policies of every file rendered for each of {@code valueSets} (one set per value set), as
   * {@link #policiesOf} reads them from {@link #render}: each file is prepared once, and its
   * documents are read into policies as soon as they are rendered (on every core), so that the
   * parsed documents of a large checkout are not all held at once.
   */
  public List<PolicySet> policies(MakejinjaRenderer renderer, List<Map<String, Object>> valueSets) {
    RenderedDocuments documents = new RenderedDocuments(renderer);
    List<List<ReadFile>> byFile =
        ParallelMap.of(
            paths(),
            path ->
                renderEach(documents, path, valueSets).stream()
                    .map(f -> new ReadFile(PolicyReader.read(f.documents()), f.problems()))
                    .toList());
    List<PolicySet> sets = new ArrayList<>();
    for (int i = 0; i < valueSets.size(); i++) {
      List<PolicySet> parts = new ArrayList<>(byFile.size());
      List<Problem> problems = new ArrayList<>();
      for (List<ReadFile> file : byFile) {
        parts.add(file.get(i).policies());
        problems.addAll(file.get(i).problems());
      }
      sets.add(PolicySet.concat(parts).withProblems(problems));
    }
    return List.copyOf(sets);
  }

  /** The policies of one rendered file and why it could not be rendered or parsed. */
  private record ReadFile(PolicySet policies, List<Problem> problems) {}

  /** The policies of rendered files, with their render problems. */
  public static PolicySet policiesOf(List<RenderedFile> rendered) {
    List<SourceDocument> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (RenderedFile f : rendered) {
      docs.addAll(f.documents());
      problems.addAll(f.problems());
    }
    return PolicyReader.read(docs).withProblems(problems);
  }
}
