package dev.policydesigner.export.template;

import java.util.List;
import java.util.Objects;

/**
 * A written template with where each of its CiliumNetworkPolicy rules sits.
 *
 * @param text the template, exactly as {@link TemplateWriter#write} writes it
 * @param spans the rules in file order; the flows of an imported rule written again with several
 *     peers each have a span over the same lines
 */
public record WrittenTemplate(String text, List<RuleSpan> spans) {
  public WrittenTemplate {
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
  }
}
