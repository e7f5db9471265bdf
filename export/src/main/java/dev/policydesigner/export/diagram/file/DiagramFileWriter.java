package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a diagram as a {@code *.flows.yaml} file: block-style YAML with a fixed key order, {@code
 * version} first, and empty optional values left out, so the file is readable and diffs well. The
 * same diagram always gives the same text.
 */
public final class DiagramFileWriter {
  /** The file format version this writer produces and {@link DiagramFileReader} reads. */
  public static final int VERSION = 1;

  private DiagramFileWriter() {}

  /** The file text of {@code diagram}. */
  public static String write(Diagram diagram) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("name", diagram.name());
    YamlMaps.putText(root, "description", diagram.description());
    root.put("settings", settings(diagram.settings()));
    YamlMaps.putList(root, "nodes", NodeEntries.of(diagram.nodes()));
    YamlMaps.putList(root, "flows", FlowEntries.of(diagram.flows()));
    YamlMaps.putList(root, "files", FileEntries.of(diagram.files()));
    if (!diagram.collapsedNamespaces().isEmpty()) {
      Map<String, Object> canvas = new LinkedHashMap<>();
      canvas.put("collapsedNamespaces", new java.util.ArrayList<>(diagram.collapsedNamespaces()));
      root.put("canvas", canvas);
    }
    return yaml().dump(root);
  }

  private static Map<String, Object> settings(Settings settings) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("enabledFlag", settings.enabledFlag());
    map.put("modeFlag", settings.modeFlag());
    map.put("defaultDeny", settings.defaultDenyStyle().fileName());
    map.put("layoutPattern", settings.layoutPattern());
    return map;
  }

  private static Yaml yaml() {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    options.setAllowUnicode(true);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
    // a list shared by several entries is written out each time: no &anchors and *aliases, which
    // readers limit (a big diagram would not read back) and people do not expect in a diagram
    options.setDereferenceAliases(true);
    return new Yaml(options);
  }
}
