package dev.policydesigner.export.diagram.file;

import java.util.List;
import java.util.Map;

/** Puts optional values into the ordered maps the writer dumps, leaving out empty ones. */
final class YamlMaps {
  private YamlMaps() {}

  static void putText(Map<String, Object> map, String key, String value) {
    if (value != null && !value.isEmpty()) {
      map.put(key, value);
    }
  }

  static void putList(Map<String, Object> map, String key, List<?> list) {
    if (!list.isEmpty()) {
      map.put(key, list);
    }
  }

  static void putNumber(Map<String, Object> map, String key, Integer value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  /** A whole number as an integer ({@code 40}, not {@code 40.0}), other numbers as they are. */
  static Object coordinate(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return (long) value;
    }
    return value;
  }
}
