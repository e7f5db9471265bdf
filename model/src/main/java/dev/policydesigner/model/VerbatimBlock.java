package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * Template text read from the repo that the graph cannot express (an unusual selector, an ICMP
 * rule, {@code ingressDeny}, a rule that exists only in audit mode, a whole document of a kind the
 * designer does not write), kept as written so that regenerating the file puts it back in place.
 *
 * @param policy {@code metadata.name} of the policy it belongs to; for {@link
 *     VerbatimSection#DOCUMENT} the policy after whose documents it goes ({@code null} = first)
 * @param section where in the policy it goes
 * @param anchor for rules: id of the flow whose rule it follows in the same direction ({@code null}
 *     = before the first rule); otherwise {@code null}
 * @param guard the condition it is wrapped in, relative to the file's outer guard ({@link
 *     Guard#ALWAYS} when the text carries its own statements)
 * @param text the original lines, indentation and {@code #| … #|} comments included, each ending
 *     with a line break
 * @param line 1-based line of the text's first line in the original file
 */
public record VerbatimBlock(
    String policy, VerbatimSection section, String anchor, Guard guard, String text, int line) {
  public VerbatimBlock {
    Objects.requireNonNull(section, "section");
    guard = guard == null ? Guard.ALWAYS : guard;
    Objects.requireNonNull(text, "text");
  }

  /**
   * {@code "ingress"} or {@code "egress"} when the text is itself that rule section of a policy's
   * spec (its first line that is not a comment starts with the key), otherwise {@code null}.
   */
  public String ruleSection() {
    String first =
        text.lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .findFirst()
            .orElse("");
    for (String key : List.of("ingress", "egress")) {
      if (first.startsWith(key + ":")) {
        return key;
      }
    }
    return null;
  }
}
