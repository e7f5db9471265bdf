package dev.policydesigner.export.template.read;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.VerbatimBlock;
import java.util.List;

/**
 * One policy document read from a template.
 *
 * @param kind the document kind
 * @param name {@code metadata.name}
 * @param namespace {@code metadata.namespace} ({@code null} for a clusterwide policy)
 * @param line 1-based line of the document's {@code ---} (or first line)
 * @param selector the subject's labels ({@code io.kubernetes.pod.namespace} removed), or {@code
 *     null} when the selector cannot be expressed as labels
 * @param title banner title ("Hubble UI" of "CiliumNetworkPolicy for Hubble UI")
 * @param purpose banner lines after the title, joined with a line break
 * @param description {@code spec.description}; for a NetworkPolicy its sorted {@code policyTypes}
 *     joined with commas
 * @param defaultDeny how {@code enableDefaultDeny} is written
 * @param ingress ingress rules in file order
 * @param egress egress rules in file order
 * @param verbatim metadata and spec parts kept as written
 * @param guard the branches the whole document is in, without the outer guard
 * @param document the whole document's text when it must be kept as written, else {@code null}
 * @param text the document's original text
 * @param selectorExpressions the subject's label keys written as single-value {@code In}
 *     expressions rather than {@code matchLabels}, in order
 */
public record ParsedPolicy(
    PolicyKind kind,
    String name,
    String namespace,
    int line,
    List<Label> selector,
    String title,
    String purpose,
    String description,
    DefaultDenyStyle defaultDeny,
    List<ParsedRule> ingress,
    List<ParsedRule> egress,
    List<VerbatimBlock> verbatim,
    Guard guard,
    String document,
    String text,
    List<String> selectorExpressions) {
  public ParsedPolicy {
    selectorExpressions = List.copyOf(selectorExpressions);
    ingress = List.copyOf(ingress);
    egress = List.copyOf(egress);
    verbatim = List.copyOf(verbatim);
  }

  /** A copy whose whole document is kept as written. */
  public ParsedPolicy keptWhole() {
    return new ParsedPolicy(
        kind,
        name,
        namespace,
        line,
        selector,
        title,
        purpose,
        description,
        defaultDeny,
        ingress,
        egress,
        verbatim,
        guard,
        text,
        text,
        selectorExpressions);
  }
}
