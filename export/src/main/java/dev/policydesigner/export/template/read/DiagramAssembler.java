package dev.policydesigner.export.template.read;

import dev.policydesigner.export.check.LineIndex;
import dev.policydesigner.export.diagram.image.CardGeometry;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.Direction;
import dev.policydesigner.model.derive.Peer;
import dev.policydesigner.model.layout.NamespaceLayout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds one diagram from many read templates: subjects first (so their workloads keep the
 * subject's label order, and are named after their workload label or else their policy), then every
 * rule's sides, merged into flows, then the files with their verbatim parts, fallbacks and (unless
 * told not to) fingerprints. Workloads of one namespace that would share a name are told apart (see
 * {@link WorkloadNames}); the nodes are then placed by namespace.
 */
final class DiagramAssembler {
  private final NodeRegistry nodes = new NodeRegistry();
  private final Map<ParsedPolicy, String> subjectOf = new IdentityHashMap<>();
  private final Set<String> subjects = new HashSet<>();
  private final List<HalfFlow> halves = new ArrayList<>();
  private final Map<ParsedRule, List<HalfFlow>> halvesOf = new IdentityHashMap<>();
  private final List<Problem> problems;
  private final LineIndex lines = new LineIndex();
  private final boolean fingerprints;

  DiagramAssembler(List<Problem> problems, boolean fingerprints) {
    this.problems = problems;
    this.fingerprints = fingerprints;
  }

  Diagram assemble(String name, List<ParsedTemplate> templates) {
    List<ParsedTemplate> effective = new ArrayList<>();
    for (ParsedTemplate t : templates) {
      effective.add(registerSubjects(t));
    }
    for (ParsedTemplate t : effective) {
      for (ParsedPolicy p : t.policies()) {
        collectHalves(t, p);
      }
    }
    FlowMerger merger = new FlowMerger(nodes.nodes().stream().map(n -> n.id()).toList());
    List<Flow> flows = FlowOrder.sort(merger.merge(halves, subjects), ruleOrders(merger));
    recordLines(effective, merger);
    FileAssembler files = new FileAssembler(subjectOf, halvesOf, merger);
    List<PolicyFile> policyFiles = new ArrayList<>();
    for (ParsedTemplate t : effective) {
      policyFiles.add(files.file(t));
    }
    Diagram diagram = new Diagram(name, "", nodes.nodes(), flows, policyFiles, settings(effective));
    diagram = WorkloadNames.distinct(files.matchFallbacks(diagram));
    diagram = new NamespaceLayout(CardGeometry.SIZE).arrange(diagram).applyTo(diagram);
    return fingerprints ? ImportFingerprint.stamp(diagram) : diagram;
  }

  private ParsedTemplate registerSubjects(ParsedTemplate t) {
    List<ParsedPolicy> policies = new ArrayList<>();
    for (ParsedPolicy p : t.policies()) {
      if (p.kind() == PolicyKind.CILIUM && p.document() == null) {
        String id = nodes.workload(p.namespace(), p.selector(), p.name());
        if (!subjects.add(id)) {
          problems.add(
              ImportResult.warning(
                  t.path(),
                  p.line(),
                  "a second policy for the workload " + id + " is kept as written"));
          policies.add(p.keptWhole());
          continue;
        }
        subjectOf.put(p, id);
      }
      policies.add(p);
    }
    return new ParsedTemplate(
        t.path(),
        t.text(),
        t.outerGuard(),
        t.enforceExpression(),
        t.defaultDeny(),
        policies,
        t.problems());
  }

  private void collectHalves(ParsedTemplate t, ParsedPolicy p) {
    String owner = subjectOf.get(p);
    if (owner == null) {
      if (p.selector() == null || p.namespace() == null || besideSubject(t, p)) {
        return;
      }
      owner = nodes.workload(p.namespace(), p.selector(), null);
      if (subjects.contains(owner)) {
        return;
      }
    }
    for (ParsedRule r : concat(p.ingress(), p.egress())) {
      List<HalfFlow> list = new ArrayList<>();
      for (Peer peer : r.peers()) {
        String other = nodes.idOf(peer);
        boolean egress = r.direction() == Direction.EGRESS;
        HalfFlow h =
            new HalfFlow(
                r.direction(),
                egress ? owner : other,
                egress ? other : owner,
                r.ports(),
                r.l7(),
                r.guard(),
                r.description(),
                r);
        list.add(h);
        halves.add(h);
      }
      halvesOf.put(r, list);
    }
  }

  /** Where each flow's rules and each policy sit in the files read. */
  LineIndex lines() {
    return lines;
  }

  private void recordLines(List<ParsedTemplate> templates, FlowMerger merger) {
    for (ParsedTemplate t : templates) {
      for (ParsedPolicy p : t.policies()) {
        if (p.name() != null) {
          lines.addPolicy(t.path(), p.name(), p.line());
        }
        for (ParsedRule r : concat(p.ingress(), p.egress())) {
          for (HalfFlow h : halvesOf.getOrDefault(r, List.of())) {
            lines.addRule(merger.flowId(h), r.direction(), t.path(), r.line());
          }
        }
      }
    }
  }

  /** The flow ids of each subject's ingress and egress rules, in file order. */
  private List<List<String>> ruleOrders(FlowMerger merger) {
    List<List<String>> orders = new ArrayList<>();
    for (ParsedPolicy p : subjectOf.keySet()) {
      for (List<ParsedRule> rules : List.of(p.ingress(), p.egress())) {
        List<String> ids = new ArrayList<>();
        for (ParsedRule r : rules) {
          halvesOf.getOrDefault(r, List.of()).forEach(h -> ids.add(merger.flowId(h)));
        }
        orders.add(ids);
      }
    }
    return orders;
  }

  /** Whether a NetworkPolicy sits beside the Cilium policy of the same subject in its file. */
  static boolean besideSubject(ParsedTemplate t, ParsedPolicy np) {
    return np.kind() == PolicyKind.NETWORK_POLICY && partnerOf(t, np) != null;
  }

  static ParsedPolicy partnerOf(ParsedTemplate t, ParsedPolicy np) {
    for (ParsedPolicy p : t.policies()) {
      if (p.kind() == PolicyKind.CILIUM
          && p.document() == null
          && p.name().equals(np.name())
          && p.namespace().equals(np.namespace())
          && p.selector().equals(np.selector())) {
        return p;
      }
    }
    return null;
  }

  private static List<ParsedRule> concat(List<ParsedRule> a, List<ParsedRule> b) {
    List<ParsedRule> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static Settings settings(List<ParsedTemplate> templates) {
    Map<DefaultDenyStyle, Integer> counts = new HashMap<>();
    String mode = null;
    for (ParsedTemplate t : templates) {
      counts.merge(t.defaultDeny(), 1, Integer::sum);
      String e = t.enforceExpression();
      if (mode == null && e != null && e.matches("\\w+ \\| default\\('audit'\\) == 'enforce'")) {
        mode = e.substring(0, e.indexOf(' '));
      }
    }
    DefaultDenyStyle style =
        counts.entrySet().stream()
            .filter(e -> e.getKey() != DefaultDenyStyle.NONE)
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(DefaultDenyStyle.IF_BLOCK);
    Settings d = Settings.DEFAULT;
    return new Settings(d.enabledFlag(), mode, style, d.layoutPattern());
  }
}
