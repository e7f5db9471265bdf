package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.VerbatimBlock;
import dev.policydesigner.model.VerbatimSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the parts of an imported file that the graph cannot express back in place: each {@link
 * VerbatimBlock} as written, wrapped in its guard.
 */
final class VerbatimWriter {
  private final List<VerbatimBlock> blocks;

  VerbatimWriter(PolicyFile file) {
    this.blocks = file.importedFile().map(i -> i.verbatim()).orElse(List.of());
  }

  /** The blocks of one section of one policy, in file order. */
  List<VerbatimBlock> blocks(String policy, VerbatimSection section) {
    return blocks.stream()
        .filter(b -> b.section() == section && java.util.Objects.equals(b.policy(), policy))
        .toList();
  }

  /** The document blocks whose policy is not one of {@code policies}: they go at the end. */
  List<VerbatimBlock> orphanDocuments(List<String> policies) {
    return blocks.stream()
        .filter(b -> b.section() == VerbatimSection.DOCUMENT)
        .filter(b -> b.policy() != null && !policies.contains(b.policy()))
        .toList();
  }

  /** Writes the blocks, each wrapped in its guard. */
  static void write(YamlLines out, List<VerbatimBlock> blocks) {
    blocks.forEach(b -> write(out, b.guard(), b.text()));
  }

  static void write(YamlLines out, Guard guard, String text) {
    if (!guard.isAlways()) {
      out.openIf(guard.expression());
    }
    out.raw(text);
    if (!guard.isAlways()) {
      out.endIf();
    }
  }

  /**
   * The rule items with the verbatim rules inserted: each after the last rule of its anchor flow,
   * those without anchor first, those whose anchor flow is gone last.
   *
   * @param rules the rule items, each with the flows it holds
   */
  static List<GuardedItem> insert(List<GuardedItem> rules, List<VerbatimBlock> verbatim) {
    if (verbatim.isEmpty()) {
      return rules;
    }
    Map<Integer, List<GuardedItem>> after = new HashMap<>();
    for (VerbatimBlock b : verbatim) {
      int pos = b.anchor() == null ? -1 : lastIndexOf(rules, b.anchor());
      if (b.anchor() != null && pos < 0) {
        pos = rules.size() - 1;
      }
      after.computeIfAbsent(pos, k -> new ArrayList<>()).add(item(b));
    }
    List<GuardedItem> result = new ArrayList<>(after.getOrDefault(-1, List.of()));
    for (int i = 0; i < rules.size(); i++) {
      result.add(rules.get(i));
      result.addAll(after.getOrDefault(i, List.of()));
    }
    return result;
  }

  private static int lastIndexOf(List<GuardedItem> rules, String flowId) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).flowIds().contains(flowId)) {
        return i;
      }
    }
    return -1;
  }

  private static GuardedItem item(VerbatimBlock b) {
    return new GuardedItem(b.guard(), null, out -> out.raw(b.text()));
  }
}
