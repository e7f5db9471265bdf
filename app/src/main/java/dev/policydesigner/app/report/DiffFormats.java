package dev.policydesigner.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.policydesigner.model.engine.ConnectionChange;
import dev.policydesigner.model.engine.RuleSource;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output forms of {@code diff}: text; JSON {@code {"added":[{from, to, port, mode, values,
 * rules}], "removed":[…]}}; Markdown fit for a pull-request comment.
 */
public final class DiffFormats {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DiffFormats() {}

  public static String render(String format, List<DiffSection> sections) {
    return switch (format) {
      case "json" -> json(sections);
      case "markdown" -> markdown(sections);
      default -> text(sections);
    };
  }

  /** The text form of per-mode changes, for the window's comparison. */
  public static String text(
      Map<dev.policydesigner.model.engine.Mode, dev.policydesigner.model.engine.ConnectivityDiff>
          diffs,
      String valueSet) {
    List<DiffSection> sections = new ArrayList<>();
    diffs.forEach((mode, diff) -> sections.add(new DiffSection(mode, valueSet, diff)));
    return text(sections);
  }

  static String text(List<DiffSection> sections) {
    StringBuilder s = new StringBuilder();
    for (DiffSection d : sections) {
      s.append(d.mode().value()).append(" mode, ").append(d.valueSet()).append(": ");
      if (d.diff().isEmpty()) {
        s.append("no change\n");
        continue;
      }
      s.append(d.diff().added().size()).append(" added, ");
      s.append(d.diff().removed().size()).append(" removed\n");
      d.diff().added().forEach(c -> change(s, "+", c));
      d.diff().removed().forEach(c -> change(s, "-", c));
    }
    return s.toString();
  }

  private static void change(StringBuilder s, String sign, ConnectionChange c) {
    s.append("  ").append(sign).append(' ').append(c.from().label()).append(" → ");
    s.append(c.to().label()).append(" on ").append(c.ports().label()).append('\n');
    for (RuleSource r : c.rules()) {
      s.append("      ").append(r.label()).append('\n');
    }
  }

  static String json(List<DiffSection> sections) {
    List<Map<String, Object>> added = new ArrayList<>();
    List<Map<String, Object>> removed = new ArrayList<>();
    for (DiffSection d : sections) {
      d.diff().added().forEach(c -> added.add(entry(d, c)));
      d.diff().removed().forEach(c -> removed.add(entry(d, c)));
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("added", added);
    o.put("removed", removed);
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, Object> entry(DiffSection d, ConnectionChange c) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("from", IdentityJson.of(c.from()));
    e.put("to", IdentityJson.of(c.to()));
    e.put("port", c.ports().label());
    e.put("mode", d.mode().value());
    e.put("values", d.valueSet());
    List<Map<String, Object>> rules = new ArrayList<>();
    for (RuleSource r : c.rules()) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("kind", r.policy().kind().yamlName());
      rule.put("namespace", r.policy().namespace());
      rule.put("policy", r.policy().name());
      rule.put("section", r.section());
      rule.put("file", r.file());
      rule.put("line", r.line());
      rule.put("description", r.description().isBlank() ? null : r.description());
      rules.add(rule);
    }
    e.put("rules", rules);
    return e;
  }

  static String markdown(List<DiffSection> sections) {
    StringBuilder s = new StringBuilder("### Network policy changes\n\n");
    if (sections.stream().allMatch(d -> d.diff().isEmpty())) {
      return s.append("No connection is added or removed.\n").toString();
    }
    for (DiffSection d : sections) {
      s.append("**").append(d.mode().value()).append("** mode, values `").append(d.valueSet());
      s.append("`: ");
      if (d.diff().isEmpty()) {
        s.append("no change\n\n");
        continue;
      }
      s.append(count(d.diff().added().size(), "added")).append(", ");
      s.append(count(d.diff().removed().size(), "removed")).append("\n\n");
      s.append("| | from | to | port | rules |\n|---|---|---|---|---|\n");
      d.diff().added().forEach(c -> row(s, "➕ added", c));
      d.diff().removed().forEach(c -> row(s, "➖ removed", c));
      s.append('\n');
    }
    return s.toString();
  }

  private static String count(int n, String what) {
    return n + (n == 1 ? " connection " : " connections ") + what;
  }

  private static void row(StringBuilder s, String what, ConnectionChange c) {
    s.append("| ").append(what).append(" | `").append(IdentityJson.shortName(c.from()));
    s.append("` | `").append(IdentityJson.shortName(c.to())).append("` | ");
    s.append(c.ports().label()).append(" | ");
    List<String> rules = new ArrayList<>();
    for (RuleSource r : c.rules()) {
      rules.add(
          r.policy().kind().shortName()
              + " `"
              + (r.policy().namespace() == null ? "" : r.policy().namespace() + "/")
              + r.policy().name()
              + "` "
              + r.section()
              + " (`"
              + r.location()
              + "`)");
    }
    s.append(String.join("<br>", rules)).append(" |\n");
  }
}
