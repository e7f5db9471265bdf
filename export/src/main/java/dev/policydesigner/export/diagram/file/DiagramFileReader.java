package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.check.KubernetesNames;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a {@code *.flows.yaml} diagram file. Every problem — YAML syntax, unknown or missing keys,
 * wrong types, invalid names, ports and CIDRs, flows naming unknown nodes — is collected with its
 * line and column, and all of them are thrown together.
 */
public final class DiagramFileReader {
  private static final Set<String> KEYS =
      YamlMap.keys(
          "version", "name", "description", "settings", "nodes", "flows", "files", "canvas");
  private static final Set<String> CANVAS_KEYS = YamlMap.keys("collapsedNamespaces");
  private static final Set<String> SETTINGS_KEYS =
      YamlMap.keys("enabledFlag", "modeFlag", "defaultDeny", "layoutPattern");

  private DiagramFileReader() {}

  /**
   * The diagram in {@code text}.
   *
   * @param fileName the name used in messages, e.g. the path the text was read from
   * @throws DiagramFileException listing every problem as {@code file:line:column: message}
   */
  public static Diagram read(String text, String fileName) throws DiagramFileException {
    ReadProblems problems = new ReadProblems(fileName);
    org.yaml.snakeyaml.nodes.Node root = compose(text, problems);
    if (root == null) {
      throw problems.exception();
    }
    YamlMap top = YamlMap.open(root, "the diagram file", KEYS, problems);
    if (top == null || !version(top, problems)) {
      throw problems.exception();
    }
    Diagram diagram = diagram(top, problems);
    problems.throwIfAny();
    return diagram;
  }

  private static org.yaml.snakeyaml.nodes.Node compose(String text, ReadProblems problems) {
    LoaderOptions options = new LoaderOptions();
    // whatever size the designer wrote is read back (SnakeYAML's default stops at 3 MiB)
    options.setCodePointLimit(Math.max(options.getCodePointLimit(), text.length() + 1));
    Yaml yaml = new Yaml(new SafeConstructor(options));
    try {
      org.yaml.snakeyaml.nodes.Node root = yaml.compose(new StringReader(text));
      if (root == null) {
        problems.error(
            (org.yaml.snakeyaml.error.Mark) null,
            "syntax",
            "the file is empty; a diagram file starts with \"version: "
                + DiagramFileWriter.VERSION
                + "\"");
      }
      return root;
    } catch (MarkedYAMLException e) {
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      problems.error(
          e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark(),
          "syntax",
          "YAML syntax error: " + e.getProblem() + context);
    } catch (YAMLException e) {
      problems.error(
          (org.yaml.snakeyaml.error.Mark) null, "syntax", "YAML error: " + e.getMessage());
    }
    return null;
  }

  /** Whether reading may go on: the version is present and one this reader knows. */
  private static boolean version(YamlMap top, ReadProblems problems) {
    if (top.value("version") == null) {
      problems.error(
          top.node(),
          "missing-key",
          "missing \"version: " + DiagramFileWriter.VERSION + "\"; add it as the first line");
      return true;
    }
    Long version = top.integer("version");
    if (version == null) {
      return false;
    }
    if (version > DiagramFileWriter.VERSION) {
      problems.error(
          top.value("version"),
          "unsupported-version",
          "this file was written by a newer Cilium Policy Designer (file version "
              + version
              + ", this one reads version "
              + DiagramFileWriter.VERSION
              + "); update Cilium Policy Designer to open it");
      return false;
    }
    if (version < 1) {
      problems.error(
          top.value("version"),
          "unsupported-version",
          "unknown file version "
              + version
              + "; this Cilium Policy Designer reads version "
              + DiagramFileWriter.VERSION);
      return false;
    }
    return true;
  }

  private static Diagram diagram(YamlMap top, ReadProblems problems) {
    String name = top.requiredText("name");
    String description = top.text("description");
    Settings settings = settings(top.map("settings", SETTINGS_KEYS));
    SectionsReader sections = new SectionsReader(problems);
    List<Node> nodes = sections.nodes(top.list("nodes"));
    List<Flow> flows = sections.flows(top.list("flows"));
    List<PolicyFile> files = sections.files(top.list("files"));
    YamlMap canvas = top.map("canvas", CANVAS_KEYS);
    Set<String> collapsed =
        canvas == null
            ? Set.of()
            : new java.util.TreeSet<>(
                Values.texts(canvas, "collapsedNamespaces", t -> java.util.Optional.empty()));
    return name == null
        ? null
        : new Diagram(name, description, nodes, flows, files, settings, collapsed);
  }

  private static Settings settings(YamlMap map) {
    if (map == null) {
      return Settings.DEFAULT;
    }
    String enabled = Values.checked(map, "enabledFlag", KubernetesNames::jinjaVariable, false);
    String mode = Values.checked(map, "modeFlag", KubernetesNames::jinjaVariable, false);
    DefaultDenyStyle style =
        Values.choice(
            map,
            "defaultDeny",
            DefaultDenyStyle::parse,
            FileEntryReader.DEFAULT_DENY_STYLES,
            DefaultDenyStyle.IF_BLOCK);
    return new Settings(enabled, mode, style, map.text("layoutPattern"));
  }
}
