package dev.policydesigner.export.check;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.RenderException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides by rendering whether a kustomization lists an entry exactly when the entry's template
 * renders something, over every combination of the flags both files' conditions read and both
 * modes.
 */
final class GuardAgreement {
  /** More flags than this are not enumerated; the conditions are compared as written instead. */
  static final int MAX_FLAGS = 12;

  /**
   * Where listing and rendering disagree.
   *
   * @param listed whether the kustomization lists the entry under {@code combination}
   * @param combination the flags and mode
   */
  record Disagreement(boolean listed, FlagCombination combination) {}

  private final MakejinjaRenderer renderer;
  private final Map<String, Object> base;
  private final String modeFlag;

  GuardAgreement(MakejinjaRenderer renderer, Map<String, Object> base, String modeFlag) {
    this.renderer = renderer;
    this.base = new LinkedHashMap<>(base);
    this.modeFlag = modeFlag;
  }

  /** The flags to enumerate for this pair of templates: every name both conditions read. */
  List<String> flags(TemplateSourceText kustomization, TemplateSourceText template) {
    Set<String> names = new TreeSet<>(ConditionNames.of(kustomization.text()));
    names.addAll(ConditionNames.of(template.text()));
    names.remove(modeFlag);
    return new ArrayList<>(names);
  }

  /** The simplest disagreement, if there is one; call only with at most {@link #MAX_FLAGS}. */
  Optional<Disagreement> find(
      TemplateSourceText kustomization, ResourceEntry entry, TemplateSourceText template)
      throws UnrenderableTemplateException {
    for (FlagCombination c : FlagCombination.all(flags(kustomization, template), modeFlag)) {
      Map<String, Object> values = c.applyTo(base);
      boolean listed = lists(render(kustomization, values), entry);
      boolean renders = !render(template, values).isBlank();
      if (listed != renders) {
        return Optional.of(new Disagreement(listed, c));
      }
    }
    return Optional.empty();
  }

  private static boolean lists(String renderedKustomization, ResourceEntry entry) {
    return renderedKustomization.lines().anyMatch(entry::isListedBy);
  }

  private String render(TemplateSourceText template, Map<String, Object> values)
      throws UnrenderableTemplateException {
    try {
      return renderer.render(template.text(), values);
    } catch (RenderException e) {
      throw new UnrenderableTemplateException(template.path(), e);
    }
  }
}
