package dev.policydesigner.model.engine;

import java.util.List;

/**
 * What a policy says about one direction of its subjects.
 *
 * @param defaultDeny whether it puts them in default deny for this direction
 * @param optedOut whether it says so explicitly ({@code enableDefaultDeny: false}), as audit mode
 *     does
 * @param reason why (or why not), for the answers
 * @param allows its allow rules
 * @param denies its deny rules
 */
record DirectionRules(
    boolean defaultDeny,
    boolean optedOut,
    String reason,
    List<EngineRule> allows,
    List<EngineRule> denies) {
  static final DirectionRules NONE = new DirectionRules(false, false, "", List.of(), List.of());

  DirectionRules {
    allows = List.copyOf(allows);
    denies = List.copyOf(denies);
  }
}
