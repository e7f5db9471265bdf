package dev.policydesigner.export.plan;

import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;

/** A stand-in for the template writer: a small valid template per file, with its outer guard. */
final class FakeTemplates implements TemplateSource {
  private final String note;

  FakeTemplates(String note) {
    this.note = note;
  }

  FakeTemplates() {
    this("");
  }

  @Override
  public String text(DerivedFile file) {
    StringBuilder sb = new StringBuilder();
    boolean guarded = !file.file().guard().isAlways();
    if (guarded) {
      sb.append("#% if ").append(file.file().guard().expression()).append(" %#\n");
    }
    for (DerivedPolicy p : file.policies()) {
      sb.append("---\n#| ")
          .append(p.cilium().subject().title())
          .append(note)
          .append(" #|\n")
          .append("apiVersion: cilium.io/v2\nkind: CiliumNetworkPolicy\nmetadata:\n")
          .append("  name: ")
          .append(p.cilium().subject().policyName())
          .append('\n')
          .append("  namespace: ")
          .append(p.cilium().workload().namespace())
          .append('\n')
          .append("spec:\n  endpointSelector: {}\n");
    }
    if (guarded) {
      sb.append("#% endif %#\n");
    }
    return sb.toString();
  }
}
