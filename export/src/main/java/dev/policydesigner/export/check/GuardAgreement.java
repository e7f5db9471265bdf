package dev.policydesigner.export.check;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.RenderException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides by rendering whether a kustomization lists an entry exactly when the entry's template
 * renders something, over every combination of the boolean flags that decide it — those of the
 * conditions around the entry and of the template's conditions — in both modes; every other value
 * comes from the repo's values or the templates' defaults. A kustomization that renders empty is
 * not written, so it neither lists nor omits anything then. Renders are cached per template and the
 * flags it reads, so a kustomization with many entries is rendered once per combination.
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
  private final Map<String, Map<List<Object>, String>> renders = new HashMap<>();
  private final Map<String, TemplateFlags> flagsOf = new HashMap<>();

  GuardAgreement(MakejinjaRenderer renderer, Map<String, Object> base, String modeFlag) {
    this.renderer = renderer;
    this.base = new LinkedHashMap<>(base);
    this.modeFlag = modeFlag;
  }

  /** The flags to enumerate: those around the entry and those of the template's conditions. */
  List<String> flags(TemplateSourceText kustomization, ResourceEntry entry, TemplateSourceText t) {
    Set<String> names = new TreeSet<>(of(kustomization).around(entry.line()));
    names.addAll(of(t).flags());
    names.remove(modeFlag);
    return new ArrayList<>(names);
  }

  /** The simplest disagreement, if there is one; call only with at most {@link #MAX_FLAGS}. */
  Optional<Disagreement> find(
      TemplateSourceText kustomization, ResourceEntry entry, TemplateSourceText template)
      throws UnrenderableTemplateException {
    for (FlagCombination c : FlagCombination.all(flags(kustomization, entry, template), modeFlag)) {
      Map<String, Object> values = c.applyTo(base);
      String kust = render(kustomization, values);
      if (kust.isBlank()) {
        continue; // not written: lists nothing, and nothing needs listing
      }
      boolean listed = kust.lines().anyMatch(entry::isListedBy);
      boolean renders = !render(template, values).isBlank();
      if (listed != renders) {
        return Optional.of(new Disagreement(listed, c));
      }
    }
    return Optional.empty();
  }

  private TemplateFlags of(TemplateSourceText template) {
    return flagsOf.computeIfAbsent(template.path(), p -> new TemplateFlags(template.text()));
  }

  private String render(TemplateSourceText template, Map<String, Object> values)
      throws UnrenderableTemplateException {
    List<Object> key = new ArrayList<>();
    key.add(values.get(modeFlag));
    for (String name : of(template).names()) {
      key.add(values.get(name));
    }
    Map<List<Object>, String> cache =
        renders.computeIfAbsent(template.path(), p -> new HashMap<>());
    String cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    try {
      String text = renderer.render(template.text(), values);
      cache.put(key, text);
      return text;
    } catch (RenderException e) {
      throw new UnrenderableTemplateException(template.path(), e);
    }
  }
}
