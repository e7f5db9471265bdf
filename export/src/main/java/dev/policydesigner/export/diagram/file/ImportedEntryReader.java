package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.VerbatimBlock;
import dev.policydesigner.model.VerbatimSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the {@code imported:} entry of a file. */
final class ImportedEntryReader {
  private static final Set<String> KEYS =
      YamlMap.keys(
          "sha256", "fingerprint", "verbatim", "ruleForms", "selectorForms", "policyForms");
  private static final Set<String> BLOCK_KEYS =
      YamlMap.keys("section", "policy", "anchor", "guard", "line", "text");
  private static final List<String> SECTIONS =
      Arrays.stream(VerbatimSection.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();

  private final ReadProblems problems;

  ImportedEntryReader(ReadProblems problems) {
    this.problems = problems;
  }

  /** The import record of the file entry {@code file}, or {@code null} when it has none. */
  ImportedFile read(YamlMap file, String what) {
    YamlMap map = file.map("imported", KEYS);
    if (map == null) {
      return null;
    }
    String sha256 = map.requiredText("sha256");
    if (sha256 != null && !sha256.matches("[0-9a-f]{64}")) {
      problems.error(
          map.value("sha256"),
          "invalid-value",
          "\"sha256\" of " + what + " must be 64 lowercase hex digits");
      sha256 = null;
    }
    List<VerbatimBlock> blocks = new ArrayList<>();
    for (Node item : map.list("verbatim")) {
      VerbatimBlock b = block(item, what);
      if (b != null) {
        blocks.add(b);
      }
    }
    if (sha256 == null) {
      return null;
    }
    FormEntryReader forms = new FormEntryReader(problems);
    return new ImportedFile(
        null,
        sha256,
        map.text("fingerprint"),
        blocks,
        forms.rules(map, what),
        forms.selectors(map, what),
        forms.policies(map, what));
  }

  private VerbatimBlock block(Node item, String what) {
    YamlMap map = YamlMap.open(item, "a verbatim part of " + what, BLOCK_KEYS, problems);
    if (map == null) {
      return null;
    }
    VerbatimSection section =
        Values.choice(map, "section", ImportedEntryReader::section, SECTIONS, null);
    if (section == null && map.value("section") == null) {
      map.missing("section");
    }
    Guard guard = new Guard(Values.conditions(map, "guard"));
    Long line = map.integer("line");
    String text = map.requiredText("text");
    if (section == null || text == null) {
      return null;
    }
    return new VerbatimBlock(
        map.text("policy"),
        section,
        map.text("anchor"),
        guard,
        text,
        line == null ? 0 : line.intValue());
  }

  private static Optional<VerbatimSection> section(String text) {
    return Arrays.stream(VerbatimSection.values())
        .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(text))
        .findFirst();
  }
}
