package dev.policydesigner.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.policydesigner.model.check.Problem;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@code check}: an array of objects {@code {severity, code, message, file, line,
 * policy, from, to}} with absent fields {@code null}, followed by {@code node}, {@code flow} and
 * {@code fix} (the quick fix's description).
 */
final class ProblemJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProblemJson() {}

  static String render(List<ReportedProblem> problems) {
    List<Map<String, Object>> array = new ArrayList<>();
    for (ReportedProblem r : problems) {
      array.add(object(r));
    }
    try {
      return JSON.writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> object(ReportedProblem r) {
    Problem p = r.problem();
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("severity", p.severity().jsonName());
    o.put("code", p.code());
    o.put("message", p.message());
    o.put("file", p.file());
    o.put("line", p.line());
    o.put("policy", p.policy());
    o.put("from", p.from());
    o.put("to", p.to());
    o.put("node", p.nodeId());
    o.put("flow", p.flowId());
    o.put("fix", r.fix());
    return o;
  }
}
