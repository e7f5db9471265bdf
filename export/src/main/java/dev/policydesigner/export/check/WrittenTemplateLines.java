package dev.policydesigner.export.check;

import dev.policydesigner.export.template.RuleSpan;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.WrittenTemplate;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of rules and policies in the templates as the designer writes them: the text the
 * Template tab shows and {@code export} writes for files created or changed in the designer.
 */
public final class WrittenTemplateLines {
  private static final Pattern NAME = Pattern.compile("(?m)^  name: \"?([^\"\\n]+?)\"?\\s*$");

  private WrittenTemplateLines() {}

  /** Derives and writes every file of the diagram and records where its rules and policies sit. */
  public static TemplateLines of(Diagram diagram) {
    LineIndex index = new LineIndex();
    TemplateWriter writer = new TemplateWriter();
    for (DerivedFile file : new PolicyDeriver().derive(diagram)) {
      String path = file.file().path();
      WrittenTemplate written = writer.writeIndexed(file);
      for (RuleSpan span : written.spans()) {
        if (span.flowId() != null) {
          index.addRule(span.flowId(), span.direction(), path, span.firstLine());
        }
      }
      Matcher m = NAME.matcher(written.text());
      int line = 1;
      int offset = 0;
      while (m.find()) {
        line += newlines(written.text(), offset, m.start());
        offset = m.start();
        index.addPolicy(path, m.group(1), line);
      }
    }
    return index;
  }

  private static int newlines(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}
