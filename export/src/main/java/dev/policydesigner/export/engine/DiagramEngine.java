package dev.policydesigner.export.engine;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.template.RuleSpan;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.WrittenTemplate;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PolicySet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy engine over what a diagram ships for one value set: the templates the diagram writes,
 * rendered with the in-app renderer, plus every other policy of the checkout it belongs to (when
 * one is open). Knows which flow each written rule comes from. Immutable once built.
 */
public final class DiagramEngine {
  private static final MakejinjaRenderer RENDERER = new MakejinjaRenderer();

  private final Diagram diagram;
  private final Map<String, Object> values;
  private final List<RenderedFile> rendered;
  private final Map<String, List<RuleSpan>> spans;
  private final PolicyEngine engine;

  private DiagramEngine(
      Diagram diagram,
      Map<String, Object> values,
      List<RenderedFile> rendered,
      Map<String, List<RuleSpan>> spans) {
    this.diagram = diagram;
    this.values = values;
    this.rendered = List.copyOf(rendered);
    this.spans = Map.copyOf(spans);
    this.engine = new PolicyEngine(CheckoutPolicies.policiesOf(rendered));
  }

  /**
   * The engine for {@code diagram} in {@code mode} with {@code values} (the diagram's
   * policies-enabled flag is {@code true} unless given), over its own templates and {@code
   * checkout}'s other files.
   */
  public static DiagramEngine of(
      Diagram diagram, Mode mode, Map<String, Object> values, CheckoutPolicies checkout) {
    Map<String, Object> v = values(diagram.settings(), mode, values);
    Map<String, String> written = new LinkedHashMap<>();
    Map<String, List<RuleSpan>> spans = new HashMap<>();
    List<RenderedFile> unwritten = new ArrayList<>();
    TemplateWriter writer = new TemplateWriter();
    for (DerivedFile f : new PolicyDeriver().derive(diagram)) {
      String path = f.file().path();
      try {
        WrittenTemplate t = writer.writeIndexed(f);
        written.put(path, t.text());
        spans.put(path, t.spans());
      } catch (IllegalArgumentException e) {
        String why = "cannot be written (its policies are left out): " + e.getMessage();
        unwritten.add(
            new RenderedFile(path, List.of(), List.of(PolicySet.unrendered(path, 1, why))));
        spans.put(path, List.of());
      }
    }
    CheckoutPolicies all = checkout.without(spans.keySet()).with(written);
    List<RenderedFile> rendered = new ArrayList<>(unwritten);
    rendered.addAll(all.render(RENDERER, v));
    return new DiagramEngine(diagram, v, rendered, spans);
  }

  /** The engine for {@code diagram} alone. */
  public static DiagramEngine of(Diagram diagram, Mode mode, Map<String, Object> values) {
    return of(diagram, mode, values, CheckoutPolicies.none());
  }

  /** The values templates were rendered with, mode flag included. */
  public static Map<String, Object> values(
      Settings settings, Mode mode, Map<String, Object> values) {
    Map<String, Object> v = new HashMap<>(values);
    v.putIfAbsent(settings.enabledFlag(), true);
    v.put(settings.modeFlag(), mode.value());
    return v;
  }

  public Diagram diagram() {
    return diagram;
  }

  /** The values the templates were rendered with. */
  public Map<String, Object> values() {
    return values;
  }

  /** The engine. */
  public PolicyEngine engine() {
    return engine;
  }

  /** The policies, with what could not be read. */
  public PolicySet policies() {
    return engine.policies();
  }

  /** Every rendered file, the diagram's and the checkout's. */
  public List<RenderedFile> rendered() {
    return rendered;
  }

  /** Whether the diagram writes {@code file}. */
  public boolean writes(String file) {
    return spans.containsKey(file);
  }

  /** The flows whose rule covers line {@code line} of the diagram's file {@code file}. */
  public List<String> flowsAt(String file, int line) {
    List<String> flows = new ArrayList<>();
    for (RuleSpan s : spans.getOrDefault(file, List.of())) {
      if (line >= s.firstLine() && line <= s.lastLine() && s.flowId() != null) {
        flows.add(s.flowId());
      }
    }
    return flows;
  }
}
