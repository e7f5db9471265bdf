package dev.policydesigner.export.template.read;

import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.SelectorForm;
import dev.policydesigner.model.VerbatimBlock;
import dev.policydesigner.model.VerbatimSection;
import dev.policydesigner.model.derive.Peer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the policy file of each read template: its subjects, and its verbatim parts anchored to
 * the flows (rules) or policies (documents) they follow.
 */
final class FileAssembler {
  /** A NetworkPolicy beside its subject's Cilium policy, to match against the derived fallback. */
  private record Pending(String path, String workloadId, ParsedPolicy np, String after) {}

  private final Map<ParsedPolicy, String> subjectOf;
  private final Map<ParsedRule, List<HalfFlow>> halvesOf;
  private final FlowMerger merger;
  private final List<Pending> pending = new ArrayList<>();
  private final FallbackMatcher matcher = new FallbackMatcher();

  FileAssembler(
      Map<ParsedPolicy, String> subjectOf,
      Map<ParsedRule, List<HalfFlow>> halvesOf,
      FlowMerger merger) {
    this.subjectOf = subjectOf;
    this.halvesOf = halvesOf;
    this.merger = merger;
  }

  PolicyFile file(ParsedTemplate t) {
    List<PolicySubject> subjects = new ArrayList<>();
    List<VerbatimBlock> verbatim = new ArrayList<>();
    List<RuleForm> forms = new ArrayList<>();
    List<SelectorForm> selectorForms = new ArrayList<>();
    List<PolicyForm> policyForms = new ArrayList<>();
    String[] lines = null;
    String after = null;
    for (ParsedPolicy p : t.policies()) {
      String workloadId = subjectOf.get(p);
      if (workloadId != null) {
        subjects.add(
            new PolicySubject(workloadId, p.name(), p.title(), p.purpose(), p.description(), null));
        verbatim.addAll(p.verbatim());
        rules(p, p.ingress(), VerbatimSection.INGRESS, verbatim, forms);
        rules(p, p.egress(), VerbatimSection.EGRESS, verbatim, forms);
        if (!p.selectorExpressions().isEmpty()) {
          selectorForms.add(new SelectorForm(p.name(), p.selectorExpressions()));
        }
        if (lines == null) {
          lines = t.text().split("\n", -1);
        }
        policyForm(lines, p).ifPresent(policyForms::add);
        after = p.name();
      } else if (DiagramAssembler.besideSubject(t, p)) {
        ParsedPolicy cilium = DiagramAssembler.partnerOf(t, p);
        pending.add(new Pending(t.path(), subjectOf.get(cilium), p, after));
      } else {
        verbatim.add(document(after, p));
      }
    }
    ImportedFile imported =
        new ImportedFile(t.text(), "", verbatim)
            .withForms(forms, selectorForms)
            .withPolicyForms(policyForms);
    return new PolicyFile(t.path(), t.outerGuard(), t.defaultDeny(), subjects, null, imported);
  }

  /**
   * How the policy's banner and DNS handling were written, when the writer or the deriver would
   * write them otherwise: a banner in another style, or {@code toFQDNs} without a DNS rule that
   * carries {@code rules.dns} (the deriver would add one).
   */
  private static Optional<PolicyForm> policyForm(String[] lines, ParsedPolicy p) {
    List<String> banner = Banner.rawLines(lines, p.line());
    if (!banner.isEmpty() && banner.equals(TemplateWriter.ownBanner(p.title(), p.purpose()))) {
      banner = List.of();
    }
    boolean fqdn =
        p.egress().stream()
            .anyMatch(r -> r.peers().stream().anyMatch(Peer.Fqdns.class::isInstance));
    boolean dnsProxy =
        p.egress().stream()
            .anyMatch(
                r ->
                    r.isVerbatim()
                        ? r.verbatim().contains("dns:")
                        : r.l7() != null && !r.l7().dns().isEmpty());
    boolean dnsAsWritten = fqdn && !dnsProxy;
    if (banner.isEmpty() && !dnsAsWritten) {
      return Optional.empty();
    }
    return Optional.of(new PolicyForm(p.name(), banner, p.title(), p.purpose(), dnsAsWritten));
  }

  /**
   * Adds the verbatim rules, anchored to the flow of the rule before them, and how the other rules
   * were written where that differs from the writer's own form.
   */
  private void rules(
      ParsedPolicy p,
      List<ParsedRule> rules,
      VerbatimSection section,
      List<VerbatimBlock> out,
      List<RuleForm> forms) {
    String anchor = null;
    for (ParsedRule r : rules) {
      if (r.isVerbatim()) {
        out.add(new VerbatimBlock(p.name(), section, anchor, r.guard(), r.verbatim(), r.line()));
      } else {
        List<HalfFlow> list = halvesOf.getOrDefault(r, List.of());
        if (!list.isEmpty()) {
          anchor = merger.flowId(list.get(list.size() - 1));
          RuleForm form = form(p.name(), section, r, list);
          if (!form.isStandard()) {
            forms.add(form);
          }
        }
      }
    }
  }

  private RuleForm form(String policy, VerbatimSection section, ParsedRule r, List<HalfFlow> list) {
    List<PeerForm> peers = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      peers.add(r.forms().get(i).withFlowId(merger.flowId(list.get(i))));
    }
    return new RuleForm(policy, section, peers);
  }

  private static VerbatimBlock document(String after, ParsedPolicy p) {
    return new VerbatimBlock(after, VerbatimSection.DOCUMENT, null, null, p.document(), p.line());
  }

  /** The diagram with each pending NetworkPolicy turned into a fallback or a verbatim document. */
  Diagram matchFallbacks(Diagram diagram) {
    List<PolicyFile> files = new ArrayList<>(diagram.files());
    for (Pending np : pending) {
      int index = indexOf(files, np.path());
      PolicyFile file = files.get(index);
      PolicySubject subject = subjectIn(file, np.workloadId());
      Optional<PolicySubject> matched = matcher.match(diagram, file, subject, np.np());
      if (matched.isPresent()) {
        files.set(index, file.withSubjects(replace(file.subjects(), subject, matched.get())));
      } else {
        ImportedFile imp = file.imported();
        List<VerbatimBlock> verbatim = new ArrayList<>(imp.verbatim());
        verbatim.add(document(np.after(), np.np().keptWhole()));
        verbatim.sort(Comparator.comparingInt(VerbatimBlock::line));
        files.set(index, file.withImported(imp.withFingerprint("").withVerbatim(verbatim)));
      }
    }
    return diagram.withFiles(files);
  }

  private static int indexOf(List<PolicyFile> files, String path) {
    for (int i = 0; i < files.size(); i++) {
      if (files.get(i).path().equals(path)) {
        return i;
      }
    }
    throw new IllegalStateException("no file " + path);
  }

  private static PolicySubject subjectIn(PolicyFile file, String workloadId) {
    return file.subjects().stream()
        .filter(s -> s.workloadId().equals(workloadId))
        .findFirst()
        .orElseThrow();
  }

  private static List<PolicySubject> replace(
      List<PolicySubject> list, PolicySubject old, PolicySubject replacement) {
    List<PolicySubject> result = new ArrayList<>(list);
    result.set(result.indexOf(old), replacement);
    return result;
  }
}
