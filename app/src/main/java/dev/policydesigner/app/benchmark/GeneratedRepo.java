package dev.policydesigner.app.benchmark;

import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.SyntheticCluster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A makejinja checkout holding the templates of a synthetic cluster, written by the exporter. */
final class GeneratedRepo {
  /** 40 namespaces of 8 workloads (plus DNS and shared services): 40 policy templates. */
  static final int WORKLOADS = 320;

  private GeneratedRepo() {}

  static Path create(Path dir) throws Exception {
    return create(dir, WORKLOADS / 8);
  }

  /** A repo of about {@code policyTemplates} policy templates (8 workloads each). */
  static Path create(Path dir, int policyTemplates) throws Exception {
    int workloads = policyTemplates * 8;
    String name = workloads == WORKLOADS ? "generated-repo" : "generated-repo-" + policyTemplates;
    return create(dir, name, new SyntheticCluster(3).generate(workloads, workloads * 5));
  }

  /** A checkout named {@code name} under {@code dir} holding the templates of {@code diagram}. */
  static Path create(Path dir, String name, Diagram diagram) throws Exception {
    Path root = Files.createDirectories(dir.resolve(name));
    Files.createDirectories(root.resolve("templates/config"));
    Files.writeString(
        root.resolve("makejinja.toml"),
        String.join(
            "\n",
            "[makejinja]",
            "inputs = [\"./templates/config\"]",
            "output = \"./\"",
            "data = [\"./cluster.yaml\"]",
            "jinja_suffix = \".j2\"",
            "",
            "[makejinja.delimiter]",
            "block_start = \"#%\"",
            "block_end = \"%#\"",
            "comment_start = \"#|\"",
            "comment_end = \"#|\"",
            "variable_start = \"#{\"",
            "variable_end = \"}#\"",
            ""));
    StringBuilder values = new StringBuilder("---\nnetwork_policies_enabled: true\n");
    values.append("network_policies_mode: \"enforce\"\n");
    for (int i = 0; i < 20; i += 2) {
      values.append("feature_").append(i).append("_enabled: true\n");
    }
    Files.writeString(root.resolve("cluster.yaml"), values.toString());
    Exporter exporter = new Exporter();
    RepoCheckout checkout = RepoCheckout.open(root);
    exporter.apply(exporter.plan(diagram, checkout, new TemplateWriter()::write), true);
    return root;
  }

  static List<Path> templates(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root.resolve("templates"))) {
      return files.filter(p -> p.toString().endsWith(".j2")).sorted().toList();
    }
  }

  static long policyTemplates(Path root) throws IOException {
    return templates(root).stream()
        .filter(p -> !p.getFileName().toString().startsWith("kustomization"))
        .count();
  }
}
