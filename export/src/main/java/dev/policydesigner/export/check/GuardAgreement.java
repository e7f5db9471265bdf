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
 * conditions around the entry and those that decide whether either file renders empty (see {@link
 * TemplateFlags#emptinessFlags}) — in both modes; every other value comes from the repo's values or
 * the templates' defaults. A kustomization that renders empty is not written, so it neither lists
 * nor omits anything then. Whether a file prints anything and whether an entry is listed are told
 * from the conditions around the printing lines when those are all in the expression language
 * (evaluated with Jinja2's semantics), otherwise by rendering, cached per template and the flags it
 * reads. Every file is rendered at least once, so a template that cannot be rendered is found.
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

  /**
   * The flags to enumerate: those of the conditions around the entry, and those that decide whether
   * the kustomization and the template render empty.
   */
  List<String> flags(TemplateSourceText kustomization, ResourceEntry entry, TemplateSourceText t) {
    Set<String> names = new TreeSet<>(of(kustomization).around(entry.line()));
    names.addAll(of(kustomization).emptinessFlags());
    names.addAll(of(t).emptinessFlags());
    names.remove(modeFlag);
    return new ArrayList<>(names);
  }

  /** The simplest disagreement, if there is one; call only with at most {@link #MAX_FLAGS}. */
  Optional<Disagreement> find(
      TemplateSourceText kustomization, ResourceEntry entry, TemplateSourceText template)
      throws UnrenderableTemplateException {
    for (TemplateSourceText file : List.of(kustomization, template)) {
      if (of(file).needsRender()) {
        render(file, base); // once, so that a template that cannot be rendered is reported
      }
    }
    for (FlagCombination c : FlagCombination.all(flags(kustomization, entry, template), modeFlag)) {
      Map<String, Object> values = c.applyTo(base);
      if (!prints(kustomization, values)) {
        continue; // not written: lists nothing, and nothing needs listing
      }
      boolean listed = listed(kustomization, entry, values);
      boolean renders = prints(template, values);
      if (listed != renders) {
        return Optional.of(new Disagreement(listed, c));
      }
    }
    return Optional.empty();
  }

  /** Whether the template prints anything: from its conditions when they tell, else rendered. */
  private boolean prints(TemplateSourceText template, Map<String, Object> values)
      throws UnrenderableTemplateException {
    Optional<Boolean> decided = of(template).printsUnder(values);
    return decided.isPresent() ? decided.get() : !render(template, values).isBlank();
  }

  private boolean listed(
      TemplateSourceText kustomization, ResourceEntry entry, Map<String, Object> values)
      throws UnrenderableTemplateException {
    String[] lines = kustomization.text().split("\n", -1);
    if (entry.line() > lines.length || !entry.isListedBy(lines[entry.line() - 1])) {
      return false; // a file the kustomization does not list at all
    }
    Optional<Boolean> decided = of(kustomization).linePrintedUnder(entry.line(), values);
    return decided.isPresent()
        ? decided.get()
        : render(kustomization, values).lines().anyMatch(entry::isListedBy);
  }

  private TemplateFlags of(TemplateSourceText template) {
    return flagsOf.computeIfAbsent(template.path(), p -> new TemplateFlags(template.text()));
  }

  private String render(TemplateSourceText template, Map<String, Object> values)
      throws UnrenderableTemplateException {
    List<Object> key = new ArrayList<>();
    key.add(values.get(modeFlag));
    for (String name : of(template).names()) { // flags the render reads, not the values it prints
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
