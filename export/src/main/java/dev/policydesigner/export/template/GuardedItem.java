package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import java.util.function.Consumer;

/**
 * One list item of a rule list: its guard (relative to the file's guard), the comment above it, the
 * writer of its YAML and, for a CiliumNetworkPolicy rule, which rule it is.
 *
 * @param ruleKey which rule the item is, to record its lines, or {@code null}
 */
record GuardedItem(Guard guard, String description, Consumer<YamlLines> body, RuleKey ruleKey) {
  /** An item whose lines are not recorded. */
  GuardedItem(Guard guard, String description, Consumer<YamlLines> body) {
    this(guard, description, body, null);
  }
}
