package dev.policydesigner.export.check;

import dev.policydesigner.export.template.RuleSpan;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.template.WrittenTemplate;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
      record(writer.writeIndexed(file), file.file().path(), index);
    }
    return index;
  }

  /**
   * The same lines as {@link #of}, but a file is derived and written only when a question concerns
   * it: a policy's lines are in its own file, a flow's rule in the files of the subject on that
   * side (a rule comes from the flows touching its policy's workload). For a large diagram of which
   * only a few places are asked.
   */
  public static TemplateLines byFile(Diagram diagram) {
    return new ByFile(diagram);
  }

  private static void record(WrittenTemplate written, String path, LineIndex index) {
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

  private static int newlines(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** Lines of the written files, each file written on the first question about it. */
  private static final class ByFile implements TemplateLines {
    private final Diagram diagram;
    private final PolicyDeriver deriver = new PolicyDeriver();
    private final TemplateWriter writer = new TemplateWriter();
    private final Map<PolicyFile, LineIndex> written = new IdentityHashMap<>();
    private Map<String, List<PolicyFile>> bySubject;
    private Map<String, List<PolicyFile>> byPath;

    ByFile(Diagram diagram) {
      this.diagram = diagram;
    }

    @Override
    public Optional<SourceLocation> rule(String flowId, Direction direction) {
      Optional<Flow> flow = diagram.flow(flowId);
      if (flow.isEmpty()) {
        return Optional.empty();
      }
      String side = direction == Direction.EGRESS ? flow.get().from() : flow.get().to();
      return first(subjectFiles().getOrDefault(side, List.of()), l -> l.rule(flowId, direction));
    }

    @Override
    public Optional<SourceLocation> policy(String file, String policyName) {
      return first(pathFiles().getOrDefault(file, List.of()), l -> l.policy(file, policyName));
    }

    @Override
    public Optional<SourceLocation> firstPolicy(String file) {
      return first(pathFiles().getOrDefault(file, List.of()), l -> l.firstPolicy(file));
    }

    /** The answer of the first of {@code files} (in the diagram's order) that has one. */
    private Optional<SourceLocation> first(
        List<PolicyFile> files, Function<LineIndex, Optional<SourceLocation>> question) {
      for (PolicyFile f : files) {
        Optional<SourceLocation> answer = question.apply(lines(f));
        if (answer.isPresent()) {
          return answer;
        }
      }
      return Optional.empty();
    }

    private LineIndex lines(PolicyFile file) {
      return written.computeIfAbsent(
          file,
          f -> {
            LineIndex index = new LineIndex();
            record(writer.writeIndexed(deriver.deriveFile(diagram, f)), f.path(), index);
            return index;
          });
    }

    private Map<String, List<PolicyFile>> subjectFiles() {
      if (bySubject == null) {
        bySubject = new HashMap<>();
        for (PolicyFile f : diagram.files()) {
          for (PolicySubject s : f.subjects()) {
            List<PolicyFile> files =
                bySubject.computeIfAbsent(s.workloadId(), k -> new ArrayList<>());
            if (files.isEmpty() || files.get(files.size() - 1) != f) {
              files.add(f);
            }
          }
        }
      }
      return bySubject;
    }

    private Map<String, List<PolicyFile>> pathFiles() {
      if (byPath == null) {
        byPath = new HashMap<>();
        for (PolicyFile f : diagram.files()) {
          byPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).add(f);
        }
      }
      return byPath;
    }
  }
}
