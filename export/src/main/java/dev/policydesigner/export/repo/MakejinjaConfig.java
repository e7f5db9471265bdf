package dev.policydesigner.export.repo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the designer needs from {@code makejinja.toml}: the delimiters, the template inputs, the
 * data files and the plugins. Reads the simple {@code key = "value"} and {@code key = ["a", "b"]}
 * lines makejinja configurations use; anything else is ignored.
 *
 * @param delimiters the {@code [makejinja.delimiter]} entries, e.g. {@code block_start → #%}
 * @param inputs the template input folders, as written
 * @param data the data files, as written
 * @param loaders the plugins ({@code loaders} and {@code plugins}, e.g. {@code plugin:Plugin})
 *     whose functions and filters the templates may call; the designer cannot run them
 */
public record MakejinjaConfig(
    Map<String, String> delimiters, List<String> inputs, List<String> data, List<String> loaders) {
  /** The delimiters the designer writes and reads. */
  public static final Map<String, String> EXPECTED_DELIMITERS =
      Map.of(
          "block_start", "#%",
          "block_end", "%#",
          "variable_start", "#{",
          "variable_end", "}#",
          "comment_start", "#|",
          "comment_end", "#|");

  public MakejinjaConfig {
    delimiters = Map.copyOf(delimiters);
    inputs = List.copyOf(inputs);
    data = List.copyOf(data);
    loaders = List.copyOf(loaders);
  }

  /** A configuration without plugins. */
  public MakejinjaConfig(Map<String, String> delimiters, List<String> inputs, List<String> data) {
    this(delimiters, inputs, data, List.of());
  }

  /**
   * Parses the text of {@code makejinja.toml} and checks its delimiters.
   *
   * @param fileName the name used in messages
   * @throws RepoException when a delimiter is missing or differs from {@link #EXPECTED_DELIMITERS}
   */
  public static MakejinjaConfig parse(String text, String fileName) throws RepoException {
    Map<String, String> delimiters = new LinkedHashMap<>();
    Map<String, Integer> delimiterLines = new LinkedHashMap<>();
    List<String> inputs = new ArrayList<>();
    List<String> data = new ArrayList<>();
    List<String> loaders = new ArrayList<>();
    String section = "";
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = stripComment(lines[i]).strip();
      if (line.startsWith("[") && line.endsWith("]")) {
        section = line.substring(1, line.length() - 1).strip();
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (section.equals("makejinja.delimiter")) {
        delimiters.put(key, unquote(value));
        delimiterLines.put(key, i + 1);
      } else if (section.equals("makejinja") && key.equals("inputs")) {
        inputs.addAll(array(value));
      } else if (section.equals("makejinja") && key.equals("data")) {
        data.addAll(array(value));
      } else if (section.equals("makejinja") && (key.equals("loaders") || key.equals("plugins"))) {
        loaders.addAll(array(value));
      }
    }
    checkDelimiters(delimiters, delimiterLines, fileName);
    return new MakejinjaConfig(delimiters, inputs, data, loaders);
  }

  private static void checkDelimiters(
      Map<String, String> found, Map<String, Integer> lines, String fileName) throws RepoException {
    for (String key :
        List.of(
            "block_start",
            "block_end",
            "variable_start",
            "variable_end",
            "comment_start",
            "comment_end")) {
      String want = EXPECTED_DELIMITERS.get(key);
      String have = found.get(key);
      if (have == null) {
        throw new RepoException(
            fileName
                + ": [makejinja.delimiter] has no "
                + key
                + "; the designer writes templates with #% %#, #{ }# and #| #|: add "
                + key
                + " = \""
                + want
                + "\"");
      }
      if (!have.equals(want)) {
        throw new RepoException(
            fileName
                + ":"
                + lines.get(key)
                + ": "
                + key
                + " is \""
                + have
                + "\" but the designer writes templates with #% %#, #{ }# and #| #|: set "
                + key
                + " = \""
                + want
                + "\" or choose a checkout that uses these delimiters");
      }
    }
  }

  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == '\\' && quote == '"') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#') {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static List<String> array(String value) {
    List<String> items = new ArrayList<>();
    String inner =
        value.startsWith("[") && value.endsWith("]")
            ? value.substring(1, value.length() - 1)
            : value;
    for (String part : inner.split(",")) {
      if (!part.isBlank()) {
        items.add(unquote(part.strip()));
      }
    }
    return items;
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
