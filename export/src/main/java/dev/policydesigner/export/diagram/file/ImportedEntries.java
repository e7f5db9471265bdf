package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.VerbatimBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code imported:} entry of a file imported from a repo: the hash of its original text (not
 * the text), the fingerprint of its policies at import, the parts kept verbatim and how its rules
 * and selectors were written.
 */
final class ImportedEntries {
  private ImportedEntries() {}

  static Map<String, Object> of(ImportedFile imported) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("sha256", imported.sha256());
    YamlMaps.putText(map, "fingerprint", imported.fingerprint());
    List<Object> verbatim = new ArrayList<>();
    for (VerbatimBlock b : imported.verbatim()) {
      Map<String, Object> block = new LinkedHashMap<>();
      block.put("section", b.section().name().toLowerCase(Locale.ROOT));
      YamlMaps.putText(block, "policy", b.policy());
      YamlMaps.putText(block, "anchor", b.anchor());
      YamlMaps.putList(block, "guard", b.guard().conjuncts());
      block.put("line", b.line());
      block.put("text", b.text());
      verbatim.add(block);
    }
    YamlMaps.putList(map, "verbatim", verbatim);
    YamlMaps.putList(map, "ruleForms", FormEntries.rules(imported.ruleForms()));
    YamlMaps.putList(map, "selectorForms", FormEntries.selectors(imported.selectorForms()));
    YamlMaps.putList(map, "policyForms", FormEntries.policies(imported.policyForms()));
    return map;
  }
}
