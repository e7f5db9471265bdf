package dev.policydesigner.export.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares parsed YAML documents ignoring the order of list items (rules, peers, ports): lists are
 * sorted recursively by the canonical JSON of their items. Everything else must be equal.
 */
public final class YamlDocs {
  private YamlDocs() {}

  /** The value with maps sorted by key and lists sorted by their items' canonical JSON. */
  public static Object normalise(Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> sorted = new TreeMap<>();
      map.forEach((k, v) -> sorted.put(String.valueOf(k), normalise(v)));
      return sorted;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.forEach(i -> items.add(normalise(i)));
      items.sort(Comparator.comparing(YamlDocs::json));
      return items;
    }
    return value;
  }

  /** Pretty canonical JSON of the normalised value, for readable diffs. */
  public static String canonical(Object value) {
    try {
      return MakejinjaOracle.JSON
          .copy()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(normalise(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails unless the document lists have equal documents (in order) modulo list-item order. */
  public static void assertEquivalent(List<Object> expected, List<Object> actual, String context) {
    assertEquals(expected.size(), actual.size(), context + ": number of documents");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(
          canonical(expected.get(i)), canonical(actual.get(i)), context + ": document " + i);
    }
  }

  private static String json(Object value) {
    try {
      return MakejinjaOracle.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
