package dev.policydesigner.export.template;

import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;

/**
 * Writes the derived policies of one file as a makejinja {@code .yaml.j2} template in the repo's
 * style: the file's outer {@code #% if … %#}, the {@code enforce} variable, then per subject its
 * CiliumNetworkPolicy and, when asked for, its standard NetworkPolicy. Pure and deterministic: the
 * same input always gives the same text, ending in exactly one newline.
 */
public final class TemplateWriter {
  /** The template text of {@code file}. */
  public String write(DerivedFile file) {
    return writeIndexed(file).text();
  }

  /**
   * The template text of {@code file} (the same as {@link #write}) with the lines each
   * CiliumNetworkPolicy rule takes.
   */
  public WrittenTemplate writeIndexed(DerivedFile file) {
    PolicyFile policyFile = file.file();
    YamlLines out = new YamlLines();
    boolean guarded = !policyFile.guard().isAlways();
    if (guarded) {
      out.openIf(policyFile.guard().expression());
    }
    out.line("#% set enforce = " + file.settings().enforceExpression() + " %#");
    CiliumPolicyWriter cilium =
        new CiliumPolicyWriter(policyFile.guard(), policyFile.defaultDenyStyle());
    NetworkPolicyWriter networkPolicy = new NetworkPolicyWriter(policyFile.guard());
    for (DerivedPolicy policy : file.policies()) {
      cilium.write(out, policy.cilium());
      policy
          .networkPolicy()
          .ifPresent(np -> networkPolicy.write(out, policy.cilium().subject(), np));
    }
    if (guarded) {
      out.endIf();
    }
    return new WrittenTemplate(out.toString(), out.spans());
  }
}
