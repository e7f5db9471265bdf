package dev.policydesigner.export.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One assignment of the flags a check renders with: each flag true or false, and the mode.
 *
 * @param flags the flags in order, each true or false
 * @param modeFlag the name of the mode value, e.g. {@code network_policies_mode}
 * @param mode {@code audit} or {@code enforce}
 */
record FlagCombination(Map<String, Boolean> flags, String modeFlag, String mode) {
  FlagCombination {
    flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
  }

  /**
   * Every combination of {@code names}, fewest false flags first, each in enforce mode before audit
   * mode, so the first disagreement found is the simplest to explain.
   */
  static List<FlagCombination> all(List<String> names, String modeFlag) {
    List<Integer> masks = new ArrayList<>();
    for (int mask = 0; mask < 1 << names.size(); mask++) {
      masks.add(mask);
    }
    masks.sort(
        (a, b) ->
            Integer.bitCount(a) != Integer.bitCount(b)
                ? Integer.compare(Integer.bitCount(a), Integer.bitCount(b))
                : Integer.compare(a, b));
    List<FlagCombination> all = new ArrayList<>();
    for (int mask : masks) {
      Map<String, Boolean> flags = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        flags.put(names.get(i), (mask & (1 << i)) == 0);
      }
      all.add(new FlagCombination(flags, modeFlag, "enforce"));
      all.add(new FlagCombination(flags, modeFlag, "audit"));
    }
    return all;
  }

  /** {@code base} with these flags and this mode on top. */
  Map<String, Object> applyTo(Map<String, Object> base) {
    Map<String, Object> values = new LinkedHashMap<>(base);
    values.putAll(flags);
    values.put(modeFlag, mode);
    return values;
  }

  /** {@code hubble_enabled=false, network_policies_mode=audit}, or {@code every flag true}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    flags.forEach(
        (name, on) -> {
          if (!on) {
            parts.add(name + "=false");
          }
        });
    if (mode.equals("audit")) {
      parts.add(modeFlag + "=audit");
    }
    return parts.isEmpty() ? "every flag true" : String.join(", ", parts);
  }
}
