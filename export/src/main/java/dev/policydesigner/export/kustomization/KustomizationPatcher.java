package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists a template's resource entry in a kustomization template so that the entry is listed exactly
 * when the template renders non-empty: under {@code resources:}, wrapped in {@code #% if … %#}
 * holding the template's outer guard minus what the kustomization's own enclosing blocks already
 * ensure. Idempotent, and every byte it does not need to change stays as it was.
 */
public final class KustomizationPatcher {
  /**
   * Lists {@code entry} in the kustomization.
   *
   * @param path the kustomization's repo-relative path, for messages
   * @param existing its current text, or empty when it does not exist (it is then created in the
   *     repo's pattern, wrapped in {@code fileGuard})
   * @param entry the resource, e.g. {@code ./hubble-ui.yaml}
   * @param fileGuard the outer guard of the template the entry stands for
   * @throws KustomizationException when the text has neither {@code resources:} nor {@code kind:
   *     Kustomization}
   */
  public KustomizationPatch patch(
      String path, Optional<String> existing, String entry, Guard fileGuard)
      throws KustomizationException {
    String text = existing.orElseGet(() -> NewKustomization.text(fileGuard));
    KustomizationPatch patch = patchText(path, text, entry, fileGuard);
    if (existing.isEmpty()) {
      return new KustomizationPatch(
          patch.text(),
          true,
          EntryAction.ADDED,
          entry,
          patch.guard(),
          patch.enclosing(),
          patch.warnings());
    }
    return patch;
  }

  private KustomizationPatch patchText(String path, String text, String entry, Guard fileGuard)
      throws KustomizationException {
    TextLines lines = new TextLines(text);
    BlockStructure blocks = new BlockStructure(lines);
    int anchor = ResourcesList.find(lines, blocks, fileGuard);
    boolean hasList = anchor >= 0;
    if (!hasList) {
      anchor = ResourcesList.findKind(lines);
      if (anchor < 0) {
        throw new KustomizationException(
            path
                + " has neither a resources: list nor kind: Kustomization: add a resources:"
                + " list, or set the policy file's kustomization to the right file");
      }
    }
    Guard enclosing = blocks.guardAt(anchor);
    Guard wrapper = Conditions.minus(fileGuard, enclosing);
    List<String> warnings = warnings(path, fileGuard, enclosing);
    EntryPlacement placement = new EntryPlacement(lines, blocks, anchor, entry, wrapper);
    int found = placement.existingLine();
    EntryAction action;
    if (found < 0) {
      placement.add(hasList);
      action = EntryAction.ADDED;
    } else if (Conditions.same(blocks.guardAt(found), enclosing.and(wrapper))) {
      action = EntryAction.UNCHANGED;
    } else {
      placement.replace(found);
      action = EntryAction.UPDATED;
    }
    String result = action == EntryAction.UNCHANGED ? text : lines.text();
    return new KustomizationPatch(
        result, !result.equals(text), action, entry, wrapper, enclosing, warnings);
  }

  private static List<String> warnings(String path, Guard fileGuard, Guard enclosing) {
    List<String> warnings = new ArrayList<>();
    Guard missing = Conditions.minus(enclosing, fileGuard);
    if (!missing.isAlways()) {
      warnings.add(
          path
              + " lists its resources only when "
              + missing.expression()
              + ", but the template renders "
              + (fileGuard.isAlways() ? "always" : "whenever " + fileGuard.expression())
              + ": add that to the policy file's guard, or list the file in another"
              + " kustomization");
    }
    return warnings;
  }
}
