package dev.policydesigner.export.walkthrough;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.walkthrough.Walkthrough;
import dev.policydesigner.model.walkthrough.WalkthroughStep;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of {@code walkthrough.md}: title, description and overview image, then per step a
 * numbered heading, its image, the flow's description, the narration and the rules' template lines
 * in one {@code jinja} code block per file. Images are linked relative to the document.
 */
final class WalkthroughMarkdown {
  static final String IMAGES = "images";
  static final String OVERVIEW = "overview.svg";

  private WalkthroughMarkdown() {}

  /** The file name of step {@code index}'s image: {@code step-01.svg}. */
  static String stepImage(int index, int total) {
    int digits = Math.max(2, String.valueOf(total).length());
    return String.format("step-%0" + digits + "d.svg", index);
  }

  static String write(Walkthrough walkthrough, WalkthroughTemplates templates) {
    Diagram d = walkthrough.diagram();
    StringBuilder md = new StringBuilder();
    md.append("# Walkthrough: ").append(MarkdownText.escape(d.name())).append("\n\n");
    if (!d.description().isBlank()) {
      md.append(MarkdownText.escape(d.description())).append("\n\n");
    }
    image(md, "Overview of " + d.name(), OVERVIEW);
    md.append(summary(walkthrough)).append("\n");
    for (WalkthroughStep step : walkthrough.steps()) {
      md.append('\n');
      step(md, step, templates.excerpts(step));
    }
    return md.toString();
  }

  private static String summary(Walkthrough w) {
    int n = w.steps().size();
    String count = n == 1 ? "One step" : n + " steps";
    return w.order() == Walkthrough.Order.DIAGRAM
        ? count + ", one per flow, in diagram order."
        : count
            + ", one per flow: for each policy subject its ingress flows, then its egress"
            + " flows.";
  }

  private static void step(StringBuilder md, WalkthroughStep step, List<TemplateExcerpt> lines) {
    md.append("## ")
        .append(step.index())
        .append(". ")
        .append(MarkdownText.escape(step.title()))
        .append("\n\n");
    image(md, "Step " + step.index() + ": " + step.title(), stepImage(step.index(), step.total()));
    if (!step.description().isBlank()) {
      md.append(MarkdownText.escape(step.description())).append("\n\n");
    }
    md.append("**Becomes:** ").append(step.narration()).append("\n");
    byFile(lines).forEach((file, excerpts) -> codeBlock(md, file, excerpts));
  }

  private static Map<String, List<TemplateExcerpt>> byFile(List<TemplateExcerpt> excerpts) {
    Map<String, List<TemplateExcerpt>> map = new LinkedHashMap<>();
    for (TemplateExcerpt e : excerpts) {
      map.computeIfAbsent(e.location().file(), k -> new ArrayList<>()).add(e);
    }
    return map;
  }

  private static void codeBlock(StringBuilder md, String file, List<TemplateExcerpt> excerpts) {
    List<String> ranges = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (TemplateExcerpt e : excerpts) {
      ranges.add(
          e.firstLine()
              + "–"
              + e.lastLine()
              + " (`"
              + e.location().policy()
              + "` "
              + e.location().direction().yamlName()
              + ")");
      texts.add(e.text());
    }
    String code = String.join("\n", texts);
    String fence = MarkdownText.fence(code);
    md.append("\n`")
        .append(file)
        .append("`, lines ")
        .append(String.join(" and ", ranges))
        .append(":\n\n");
    md.append(fence).append("jinja\n").append(code).append(fence).append('\n');
  }

  private static void image(StringBuilder md, String alt, String file) {
    md.append("![")
        .append(MarkdownText.escape(alt))
        .append("](")
        .append(IMAGES)
        .append('/')
        .append(file)
        .append(")\n\n");
  }
}
