package dev.policydesigner.model.lint;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import java.util.List;

/** One correctness rule over a diagram and the policies derived from it. */
public interface Lint {
  /** The stable code of the findings, e.g. {@code fqdn-ingress}. */
  String code();

  /** The findings, in diagram order; empty when the rule holds. */
  List<Problem> check(Diagram diagram);
}
