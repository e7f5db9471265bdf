package dev.policydesigner.export.property;

import dev.policydesigner.export.testing.BatchRenderer.Outcome;
import dev.policydesigner.export.testing.CiliumSchema;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.engine.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks the render of one policy file with every guard true: one CiliumNetworkPolicy per subject
 * (valid against the schema, with the subject's name, namespace and description, and default deny
 * as the mode says), and one NetworkPolicy per emitted fallback.
 */
final class RenderedFileCheck {
  private final DerivedFile file;
  private final List<String> problems;

  RenderedFileCheck(DerivedFile file, List<String> problems) {
    this.file = file;
    this.problems = problems;
  }

  void check(Mode mode, Outcome outcome) {
    String where = file.file().path() + " in " + mode.value() + " mode";
    if (outcome.error() != null) {
      problems.add(where + ": render failed: " + outcome.error());
      return;
    }
    List<Object> documents = outcome.render().documents();
    List<Object> expected = new ArrayList<>();
    for (DerivedPolicy policy : file.policies()) {
      PolicySubject subject = policy.cilium().subject();
      expected.add(List.of("CiliumNetworkPolicy", subject));
      boolean emitted = !subject.fallbackOnlyWhenEnforcing() || mode == Mode.ENFORCE;
      if (subject.fallback() != NetworkPolicyFallback.NONE && emitted) {
        expected.add(List.of("NetworkPolicy", subject));
      }
    }
    if (documents.size() != expected.size()) {
      problems.add(where + ": " + documents.size() + " documents, expected " + expected.size());
      return;
    }
    for (int i = 0; i < documents.size(); i++) {
      List<?> kindAndSubject = (List<?>) expected.get(i);
      document(where + ", document " + (i + 1), documents.get(i), kindAndSubject, mode);
    }
  }

  private void document(String where, Object document, List<?> expected, Mode mode) {
    String kind = (String) expected.get(0);
    PolicySubject subject = (PolicySubject) expected.get(1);
    if (!(document instanceof Map<?, ?> doc) || !kind.equals(doc.get("kind"))) {
      problems.add(where + ": expected a " + kind + ", got " + document);
      return;
    }
    Map<?, ?> metadata = (Map<?, ?>) doc.get("metadata");
    String namespace = namespaceOf(subject);
    if (!subject.policyName().equals(metadata.get("name"))
        || !namespace.equals(metadata.get("namespace"))) {
      problems.add(where + ": metadata " + metadata + " is not " + subject.policyName());
    }
    if (kind.equals("NetworkPolicy")) {
      return;
    }
    CiliumSchema.load().errors(document).forEach(e -> problems.add(where + ": schema: " + e));
    Map<?, ?> spec = (Map<?, ?>) doc.get("spec");
    String description = subject.description().isBlank() ? null : subject.description();
    if (description != null && !description.equals(spec.get("description"))) {
      problems.add(where + ": description " + spec.get("description") + " is not " + description);
    }
    Object defaultDeny = spec.get("enableDefaultDeny");
    Object expectedDeny =
        file.file().defaultDenyStyle() == DefaultDenyStyle.NONE
            ? null
            : Map.of("ingress", mode == Mode.ENFORCE, "egress", mode == Mode.ENFORCE);
    if (expectedDeny == null ? defaultDeny != null : !expectedDeny.equals(defaultDeny)) {
      problems.add(where + ": enableDefaultDeny " + defaultDeny + ", expected " + expectedDeny);
    }
  }

  private String namespaceOf(PolicySubject subject) {
    return file.policies().stream()
        .filter(p -> p.cilium().subject().equals(subject))
        .findFirst()
        .map(p -> p.cilium().workload().namespace())
        .orElseThrow();
  }
}
