package dev.policydesigner.export.walkthrough;

import dev.policydesigner.export.template.RuleSpan;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.WrittenTemplate;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.walkthrough.RuleLocation;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The templates of a diagram as the template writer writes them, to show the lines each walkthrough
 * step's rules take.
 */
public final class WalkthroughTemplates {
  private final Map<String, WrittenTemplate> byFile;

  private WalkthroughTemplates(Map<String, WrittenTemplate> byFile) {
    this.byFile = byFile;
  }

  /** Derives and writes every template of {@code diagram}. */
  public static WalkthroughTemplates of(Diagram diagram) {
    TemplateWriter writer = new TemplateWriter();
    Map<String, WrittenTemplate> map = new LinkedHashMap<>();
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      map.put(file.file().path(), writer.writeIndexed(file));
    }
    return new WalkthroughTemplates(map);
  }

  /** The written template at this repo-relative path. */
  public Optional<WrittenTemplate> template(String path) {
    return Optional.ofNullable(byFile.get(path));
  }

  /** The excerpts of the step's rules, in the order of {@link WalkthroughStep#rules()}. */
  public List<TemplateExcerpt> excerpts(WalkthroughStep step) {
    List<TemplateExcerpt> list = new ArrayList<>();
    for (RuleLocation location : step.rules()) {
      excerpt(location, step.flowId()).ifPresent(list::add);
    }
    return list;
  }

  /** The lines of the rule of flow {@code flowId} at {@code location}, if it is written. */
  public Optional<TemplateExcerpt> excerpt(RuleLocation location, String flowId) {
    WrittenTemplate template = byFile.get(location.file());
    if (template == null) {
      return Optional.empty();
    }
    for (RuleSpan span : template.spans()) {
      if (span.policy().equals(location.policy())
          && span.direction() == location.direction()
          && Objects.equals(span.flowId(), flowId)) {
        return Optional.of(
            new TemplateExcerpt(
                location, span.firstLine(), span.lastLine(), span.excerpt(template.text())));
      }
    }
    return Optional.empty();
  }
}
