package dev.policydesigner.app.template;

import dev.policydesigner.export.template.RuleSpan;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.WrittenTemplate;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.PolicyDeriver;

/**
 * Where in a file's template a problem lies: the first line of its flow's rule, else the start of
 * its policy, else the line the problem names. Lines are 1-based; 0 when there is none.
 */
final class RuleLines {
  private RuleLines() {}

  static int of(Diagram diagram, PolicyFile file, Problem problem) {
    WrittenTemplate written =
        new TemplateWriter().writeIndexed(new PolicyDeriver().deriveFile(diagram, file));
    if (problem.flowId() != null) {
      for (RuleSpan span : written.spans()) {
        if (problem.flowId().equals(span.flowId())) {
          return span.firstLine();
        }
      }
    }
    String policy = problem.policy();
    if (policy == null && problem.nodeId() != null) {
      policy =
          file.subjects().stream()
              .filter(s -> s.workloadId().equals(problem.nodeId()))
              .map(PolicySubject::policyName)
              .findFirst()
              .orElse(null);
    }
    if (policy != null) {
      int line = policyLine(written.text(), policy);
      if (line > 0) {
        return line;
      }
    }
    return problem.line() != null && file.path().equals(problem.file()) ? problem.line() : 0;
  }

  /** The line of the policy's {@code metadata.name}. */
  static int policyLine(String text, String policy) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].equals("  name: " + policy) || lines[i].equals("  name: \"" + policy + "\"")) {
        return i + 1;
      }
    }
    return 0;
  }
}
