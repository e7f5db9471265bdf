package dev.policydesigner.export.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values a template's conditions read: all names (what its render depends on, besides the
 * values that stay fixed during a check), the boolean flags among them, and the flags of the
 * conditions around each line.
 */
final class TemplateFlags {
  private final Set<String> names;
  private final Set<String> flags;
  private final String text;
  private ConditionScopes scopes;

  TemplateFlags(String text) {
    this.text = text;
    this.names = ConditionNames.of(text);
    this.flags = ConditionNames.flags(text);
  }

  /** Every name the conditions read, sorted. */
  Set<String> names() {
    return names;
  }

  /** The boolean flags the conditions test, sorted. */
  Set<String> flags() {
    return flags;
  }

  /** The boolean flags of the conditions enclosing the 1-based {@code line}. */
  Set<String> around(int line) {
    if (scopes == null) {
      scopes = new ConditionScopes(text);
    }
    Set<String> around = new TreeSet<>();
    for (String conjunct : scopes.at(line)) {
      around.addAll(ConditionNames.flagsIn(List.of(conjunct)));
    }
    return around;
  }
}
