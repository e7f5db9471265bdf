package dev.policydesigner.export.walkthrough;

import dev.policydesigner.model.walkthrough.RuleLocation;
import java.util.Objects;

/**
 * The template lines of one rule: its {@code #% if %#} wrapper, comment and YAML.
 *
 * @param location the file, policy and direction of the rule
 * @param firstLine first line in the template, from 1
 * @param lastLine last line, inclusive
 * @param text the lines, each ending in a newline
 */
public record TemplateExcerpt(RuleLocation location, int firstLine, int lastLine, String text) {
  public TemplateExcerpt {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(text, "text");
  }
}
