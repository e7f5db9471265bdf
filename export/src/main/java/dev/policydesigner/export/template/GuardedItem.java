package dev.policydesigner.export.template;

import dev.policydesigner.model.Guard;
import java.util.function.Consumer;

/**
 * One list item of a rule list: its guard (relative to the file's guard), the comment above it, and
 * the writer of its YAML.
 */
record GuardedItem(Guard guard, String description, Consumer<YamlLines> body) {}
