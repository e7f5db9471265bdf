package dev.policydesigner.app.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.policydesigner.model.engine.Connection;
import dev.policydesigner.model.engine.ConnectivityMatrix;
import dev.policydesigner.model.engine.Identity;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output forms of the connectivity matrix: text, JSON, Markdown (a grid when small) and CSV.
 */
public final class MatrixFormats {
  /** Up to this many identities Markdown shows a grid; beyond, a table of pairs. */
  static final int GRID_LIMIT = 20;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MatrixFormats() {}

  public static String render(String format, ConnectivityMatrix m, String title) {
    return switch (format) {
      case "json" -> json(m, title);
      case "markdown" -> markdown(m, title);
      case "csv" -> csv(m);
      default -> text(m, title);
    };
  }

  static String text(ConnectivityMatrix m, String title) {
    List<Connection> all = m.connections();
    StringBuilder s = new StringBuilder(title).append(": ");
    s.append(m.identities().size()).append(" identities, ");
    s.append(all.size()).append(" pairs with a port allowed\n");
    Identity current = null;
    for (Connection c : all) {
      if (!c.from().equals(current)) {
        current = c.from();
        s.append(IdentityJson.shortName(current)).append('\n');
      }
      s.append("  → ").append(IdentityJson.shortName(c.to())).append(": ");
      s.append(c.ports().label()).append('\n');
    }
    return s.toString();
  }

  static String json(ConnectivityMatrix m, String title) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("title", title);
    o.put("identities", m.identities().stream().map(IdentityJson::of).toList());
    List<Map<String, Object>> allowed = new ArrayList<>();
    for (Connection c : m.connections()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("from", IdentityJson.of(c.from()));
      e.put("to", IdentityJson.of(c.to()));
      e.put("ports", c.ports().labels());
      allowed.add(e);
    }
    o.put("allowed", allowed);
    try {
      return JSON.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String markdown(ConnectivityMatrix m, String title) {
    StringBuilder s = new StringBuilder("### ").append(title).append("\n\n");
    List<Identity> ids = m.identities();
    if (ids.size() <= GRID_LIMIT) {
      s.append("| from \\ to |");
      ids.forEach(i -> s.append(" `").append(IdentityJson.shortName(i)).append("` |"));
      s.append("\n|---|").append("---|".repeat(ids.size())).append('\n');
      for (int f = 0; f < ids.size(); f++) {
        s.append("| `").append(IdentityJson.shortName(ids.get(f))).append("` |");
        for (int t = 0; t < ids.size(); t++) {
          String cell = f == t ? "" : m.allowed(f, t).isEmpty() ? "—" : m.allowed(f, t).label();
          s.append(' ').append(cell).append(" |");
        }
        s.append('\n');
      }
      return s.toString();
    }
    s.append("| from | to | ports |\n|---|---|---|\n");
    for (Connection c : m.connections()) {
      s.append("| `").append(IdentityJson.shortName(c.from())).append("` | `");
      s.append(IdentityJson.shortName(c.to())).append("` | ").append(c.ports().label());
      s.append(" |\n");
    }
    return s.toString();
  }

  static String csv(ConnectivityMatrix m) {
    StringBuilder s = new StringBuilder("from,to,ports\n");
    for (Connection c : m.connections()) {
      s.append(quote(IdentityJson.shortName(c.from()))).append(',');
      s.append(quote(IdentityJson.shortName(c.to()))).append(',');
      s.append(quote(String.join(" ", c.ports().labels()))).append('\n');
    }
    return s.toString();
  }

  private static String quote(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
