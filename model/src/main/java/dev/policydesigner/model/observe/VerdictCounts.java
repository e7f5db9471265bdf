package dev.policydesigner.model.observe;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/** Formatting of verdict counts, shared by the report writers and the added flow's comment. */
public final class VerdictCounts {
  private VerdictCounts() {}

  /** {@code 10 FORWARDED, 2 DROPPED}, in verdict order. */
  public static String describe(Map<Verdict, Long> counts) {
    return Arrays.stream(Verdict.values())
        .filter(counts::containsKey)
        .map(v -> counts.get(v) + " " + v)
        .collect(Collectors.joining(", "));
  }

  /** {@code 12 flows (10 FORWARDED, 2 DROPPED)}, without the parentheses when none is counted. */
  public static String summary(long count, Map<Verdict, Long> counts) {
    String verdicts = describe(counts);
    return flows(count) + (verdicts.isEmpty() ? "" : " (" + verdicts + ")");
  }

  /** {@code 1 flow} / {@code 12 flows}. */
  public static String flows(long count) {
    return count + (count == 1 ? " flow" : " flows");
  }
}
