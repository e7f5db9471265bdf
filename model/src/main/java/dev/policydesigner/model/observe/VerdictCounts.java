package dev.policydesigner.model.observe;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Formatting of verdict counts, shared by the report writers and the added flow's comment. */
public final class VerdictCounts {
  private VerdictCounts() {}

  /** {@code 10 FORWARDED, 2 DROPPED}, in verdict order. */
  public static String describe(Map<Verdict, Long> counts) {
    return new EnumMap<>(counts)
        .entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(", "));
  }

  /** {@code 1 flow} / {@code 12 flows}. */
  public static String flows(long count) {
    return count + (count == 1 ? " flow" : " flows");
  }
}
