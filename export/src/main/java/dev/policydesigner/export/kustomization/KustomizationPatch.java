package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Guard;
import java.util.List;

/**
 * The result of listing one entry in a kustomization template.
 *
 * @param text the new text of the kustomization
 * @param changed whether {@code text} differs from the input (always true for a new file)
 * @param action whether the entry was added, updated or already right
 * @param entry the resource entry, e.g. {@code ./hubble-ui.yaml}
 * @param guard the guard wrapped around the entry ({@link Guard#ALWAYS} when unwrapped)
 * @param enclosing what the kustomization's own enclosing blocks already ensure
 * @param warnings problems the user should know about, e.g. an enclosing guard the template's guard
 *     does not imply
 */
public record KustomizationPatch(
    String text,
    boolean changed,
    EntryAction action,
    String entry,
    Guard guard,
    Guard enclosing,
    List<String> warnings) {
  public KustomizationPatch {
    warnings = List.copyOf(warnings);
  }
}
