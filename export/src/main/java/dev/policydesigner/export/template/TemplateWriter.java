package dev.policydesigner.export.template;

import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the derived policies of one file as a makejinja {@code .yaml.j2} template in the repo's
 * style: the file's outer {@code #% if … %#}, the {@code enforce} variable, then per subject its
 * CiliumNetworkPolicy and, when asked for, its standard NetworkPolicy. The parts of an imported
 * file that the graph cannot express are put back in place (documents after the policy they
 * followed, rules after the rule of the flow they followed, metadata and spec keys in their
 * section). Pure and deterministic: the same input always gives the same text, ending in exactly
 * one newline.
 */
public final class TemplateWriter {
  /** The banner lines the writer writes above a CiliumNetworkPolicy with this title and purpose. */
  public static List<String> ownBanner(String title, String purpose) {
    return BannerWriter.lines("CiliumNetworkPolicy for " + title, purpose);
  }

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
    VerbatimWriter verbatim = new VerbatimWriter(policyFile);
    CiliumPolicyWriter cilium =
        new CiliumPolicyWriter(
            policyFile.guard(),
            policyFile.defaultDenyStyle(),
            verbatim,
            new ImportedForms(policyFile));
    NetworkPolicyWriter networkPolicy = new NetworkPolicyWriter(policyFile.guard());
    VerbatimWriter.write(out, verbatim.blocks(null, VerbatimSection.DOCUMENT));
    List<String> names = new ArrayList<>();
    for (DerivedPolicy policy : file.policies()) {
      cilium.write(out, policy.cilium());
      policy
          .networkPolicy()
          .ifPresent(np -> networkPolicy.write(out, policy.cilium().subject(), np));
      String name = policy.cilium().subject().policyName();
      if (!names.contains(name)) {
        names.add(name);
        VerbatimWriter.write(out, verbatim.blocks(name, VerbatimSection.DOCUMENT));
      }
    }
    VerbatimWriter.write(out, verbatim.orphanDocuments(names));
    if (guarded) {
      out.endIf();
    }
    return new WrittenTemplate(out.toString(), out.spans());
  }
}
