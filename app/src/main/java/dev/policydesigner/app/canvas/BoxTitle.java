package dev.policydesigner.app.canvas;

import dev.policydesigner.model.check.PlaceholderValues;
import dev.policydesigner.model.expr.TemplateValue;

/**
 * What a namespace box says: the namespace as it renders (a template placeholder replaced by the
 * repo's {@code cluster.yaml} value, else its default) and, for a templated one, a mark that it is
 * and the placeholder as written for its tooltip.
 *
 * @param text the namespace as it renders, or as written when that cannot be known
 * @param templated whether the namespace is written with a template placeholder
 * @param written the namespace as written in the diagram
 */
public record BoxTitle(String text, boolean templated, String written) {
  /** The mark written after a templated namespace. */
  public static final String TEMPLATED = "templated";

  /** The title of {@code namespace}, placeholders rendered with {@code values}. */
  public static BoxTitle of(String namespace, PlaceholderValues values) {
    if (!TemplateValue.mentionsPlaceholder(namespace)) {
      return new BoxTitle(namespace, false, namespace);
    }
    return new BoxTitle(values.value(namespace), true, namespace);
  }

  /** The whole title as painted: the namespace, then the mark when it is templated. */
  public String painted() {
    return templated ? text + " · " + TEMPLATED : text;
  }

  /** What the tooltip over the title says: for a templated namespace, how it is written. */
  public String tip() {
    return templated
        ? "namespace " + written + "\nrenders to " + text + " (cluster.yaml, else its default)"
        : "namespace " + text;
  }
}
