package dev.policydesigner.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.QuickFix;
import dev.policydesigner.model.check.SourceLocation;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of {@code check}: an array of objects {@code {severity, code, message, file, line,
 * column, policy, from, to, node, flow, fix, locations}} with absent fields {@code null}: {@code
 * file}, {@code line} and {@code column} are the primary place, {@code locations} every place as
 * {@code {file, line, column}} (a flow allowed on one side only names both sides), {@code fix} the
 * quick fix's description.
 */
final class ProblemJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ProblemJson() {}

  static String render(List<Problem> problems) {
    List<Map<String, Object>> array = new ArrayList<>();
    for (Problem p : problems) {
      array.add(object(p));
    }
    try {
      return JSON.writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> object(Problem p) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("severity", p.severity().jsonName());
    o.put("code", p.code());
    o.put("message", p.message());
    o.put("file", p.file());
    o.put("line", p.line());
    o.put("column", p.primaryLocation().map(l -> positive(l.column())).orElse(null));
    o.put("policy", p.policy());
    o.put("from", p.from());
    o.put("to", p.to());
    o.put("node", p.nodeId());
    o.put("flow", p.flowId());
    o.put("fix", p.fix().map(QuickFix::description).orElse(null));
    o.put("locations", p.locations().stream().map(ProblemJson::place).toList());
    return o;
  }

  private static Map<String, Object> place(SourceLocation l) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("file", l.file());
    o.put("line", positive(l.line()));
    o.put("column", positive(l.column()));
    return o;
  }

  private static Integer positive(int n) {
    return n > 0 ? n : null;
  }
}
