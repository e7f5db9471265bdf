package dev.policydesigner.model.check;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.expr.ExpressionException;
import dev.policydesigner.model.expr.TemplateValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks values that may hold template placeholders ({@code #{ name }#}, {@code #{ name |
 * default('x') }#}, optionally with {@code lower}, {@code upper}, {@code string}, {@code int}) on
 * what they render to: the value the repo's {@code cluster.yaml} gives the name, else the
 * placeholder's default. A value whose placeholder has neither cannot be known and is accepted;
 * anything else inside {@code #{ }#} is refused with its column.
 */
public final class PlaceholderValues {
  /** Checks placeholders on their defaults (no repo values known). */
  public static final PlaceholderValues DEFAULTS = new PlaceholderValues(Map.of());

  private final Map<String, ?> values;

  /** Checks with these known values (name → value as read from {@code cluster.yaml}). */
  public PlaceholderValues(Map<String, ?> values) {
    this.values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
  }

  /**
   * What is wrong with {@code text}, or empty: {@code rule} applied to the plain text, or to what
   * its placeholders render to.
   *
   * @param what how the value is named in a message, e.g. {@code namespace}
   */
  public Optional<String> check(String text, String what, Function<String, Optional<String>> rule) {
    return rendered(text, what).fold(rule, text);
  }

  /**
   * The diagram with every placeholder in a namespace, label value, CIDR or DNS name replaced by
   * what it renders to with these values (else its default); a value that cannot be known or is not
   * a value stays as written. For answering what the cluster will do, where {@code #{ ns |
   * default('monitoring') }#} and {@code monitoring} are the same namespace.
   */
  public Diagram resolve(Diagram diagram) {
    List<Node> nodes = new ArrayList<>(diagram.nodes().size());
    boolean changed = false;
    for (Node n : diagram.nodes()) {
      Node r = resolve(n);
      changed |= r != n;
      nodes.add(r);
    }
    return changed ? diagram.withNodes(nodes) : diagram;
  }

  /**
   * The node with every placeholder in its namespace, label values, CIDRs or DNS names replaced by
   * what it renders to (see {@link #resolve(Diagram)}); the node itself when it has none.
   */
  public Node resolve(Node n) {
    if (n instanceof Workload w && mentions(w)) {
      List<Label> labels = new ArrayList<>();
      w.labels().forEach(l -> labels.add(new Label(l.key(), value(l.value()))));
      return new Workload(
          w.id(),
          w.name(),
          w.kind(),
          value(w.namespace()),
          labels,
          w.ports(),
          w.condition(),
          w.position());
    } else if (n instanceof CidrNode c
        && (TemplateValue.mentionsPlaceholder(c.cidr())
            || c.except().stream().anyMatch(TemplateValue::mentionsPlaceholder))) {
      return new CidrNode(
          c.id(),
          c.name(),
          value(c.cidr()),
          c.except().stream().map(this::value).toList(),
          c.position());
    } else if (n instanceof FqdnNode f
        && f.selectors().stream().anyMatch(s -> TemplateValue.mentionsPlaceholder(s.value()))) {
      List<FqdnSelector> selectors =
          f.selectors().stream().map(s -> new FqdnSelector(s.pattern(), value(s.value()))).toList();
      return new FqdnNode(f.id(), f.name(), selectors, f.position());
    }
    return n;
  }

  private static boolean mentions(Workload w) {
    return TemplateValue.mentionsPlaceholder(w.namespace())
        || w.labels().stream().anyMatch(l -> TemplateValue.mentionsPlaceholder(l.value()));
  }

  /** What {@code text} renders to, or the text itself when that is not known. */
  public String value(String text) {
    return rendered(text, "value").known().orElse(text);
  }

  /** A namespace that may hold placeholders, checked on their defaults. */
  public static Optional<String> namespace(String text) {
    return DEFAULTS.check(text, "namespace", KubernetesNames::namespace);
  }

  /** A label value that may hold placeholders, checked on their defaults. */
  public static Optional<String> labelValue(String text) {
    return DEFAULTS.check(text, "label value", KubernetesNames::labelValue);
  }

  /** A CIDR that may hold placeholders, checked on their defaults. */
  public static Optional<String> cidr(String text) {
    return DEFAULTS.check(text, "CIDR", KubernetesNames::cidr);
  }

  /** A {@code matchName} that may hold placeholders, checked on their defaults. */
  public static Optional<String> fqdnName(String text) {
    return DEFAULTS.check(text, "matchName", KubernetesNames::fqdnName);
  }

  /** A {@code matchPattern} that may hold placeholders, checked on their defaults. */
  public static Optional<String> fqdnPattern(String text) {
    return DEFAULTS.check(text, "matchPattern", KubernetesNames::fqdnPattern);
  }

  /** A DNS name or pattern, as it renders. */
  Optional<String> fqdn(FqdnSelector s) {
    return s.pattern()
        ? check(s.value(), "matchPattern", KubernetesNames::fqdnPattern)
        : check(s.value(), "matchName", KubernetesNames::fqdnName);
  }

  /** The value as it renders, an error, or unknown. */
  Rendered rendered(String text, String what) {
    if (!TemplateValue.mentionsPlaceholder(text)) {
      return new Rendered(text, null, false);
    }
    try {
      TemplateValue value = TemplateValue.parse(text);
      Optional<String> resolved = value.resolve(values);
      if (resolved.isEmpty()) {
        return new Rendered(null, null, true);
      }
      boolean known = value.names().stream().allMatch(values::containsKey);
      return new Rendered(resolved.get(), known ? "its cluster.yaml value" : "its default", false);
    } catch (ExpressionException e) {
      return new Rendered(
          null,
          what
              + " "
              + KubernetesNames.quote(text)
              + " is not a value: column "
              + e.column()
              + ": "
              + e.reason()
              + "; a value may hold #{ name }# or #{ name | default('value') }# placeholders",
          false);
    }
  }

  /**
   * A value as it renders.
   *
   * @param value the rendered text, or {@code null} when unknown or wrong
   * @param source {@code null} for plain text, else where the placeholder's value came from (or,
   *     when {@code value} is null and {@code unknown} false, why the value is wrong)
   * @param unknown whether a placeholder has no value and no default
   */
  record Rendered(String value, String source, boolean unknown) {
    /** The plain text's or the rendered value's problem, or the placeholder's own. */
    Optional<String> fold(Function<String, Optional<String>> rule, String text) {
      if (unknown) {
        return Optional.empty();
      }
      if (value == null) {
        return Optional.of(source);
      }
      Optional<String> problem = rule.apply(value);
      if (source == null) {
        return problem;
      }
      return problem.map(
          m ->
              KubernetesNames.quote(text)
                  + " renders to "
                  + KubernetesNames.quote(value)
                  + " ("
                  + source
                  + "): "
                  + m);
    }

    /** The plain or rendered value, when it is known and fine to use. */
    Optional<String> known() {
      return Optional.ofNullable(value);
    }
  }
}
