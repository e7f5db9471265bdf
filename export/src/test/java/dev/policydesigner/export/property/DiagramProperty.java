package dev.policydesigner.export.property;

import dev.policydesigner.export.diagram.file.DiagramFileWriter;
import dev.policydesigner.export.engine.DiagramEngine;
import dev.policydesigner.export.engine.DiagramSimulator;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.BatchRenderer.Outcome;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.DiagramValidator;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.PolicyReader;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.SourceDocument;
import dev.policydesigner.model.engine.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One generated diagram and what must hold for it: it is valid, its templates render to valid
 * policies, and the policy engine over the rendered templates agrees with the graph: every flow is
 * allowed and every pair of subjects it does not connect is denied. The engine answers twice: over
 * the documents real Jinja2 rendered, and over what the in-app renderer renders (what the designer
 * shows); both must agree with the graph.
 */
final class DiagramProperty {
  /** The modes each template is rendered in, in this order. */
  static final List<Mode> MODES = List.of(Mode.AUDIT, Mode.ENFORCE);

  /** How many random unconnected pairs of subjects are asked about per diagram. */
  private static final int UNLISTED_PAIRS = 4;

  private final long seed;
  private final Diagram diagram;
  private final List<DerivedFile> derived;
  private final List<String> templates = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();

  DiagramProperty(long seed) {
    this.seed = seed;
    this.diagram = RandomDiagrams.generate(seed);
    this.derived = new PolicyDeriver().derive(diagram);
    for (Problem p : DiagramValidator.validate(diagram)) {
      if (p.isError()) {
        problems.add("generated diagram is invalid: " + p.message());
      }
    }
    TemplateWriter writer = new TemplateWriter();
    derived.forEach(f -> templates.add(writer.write(f)));
  }

  /** The value sets templates are rendered with: every flag true, audit then enforce. */
  static List<Map<String, Object>> renderValues() {
    List<Map<String, Object>> values = new ArrayList<>();
    for (Mode mode : MODES) {
      Map<String, Object> v = new LinkedHashMap<>(flags());
      v.put("network_policies_mode", mode.value());
      values.add(v);
    }
    return values;
  }

  private static Map<String, Boolean> flags() {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    flags.put("network_policies_enabled", true);
    RandomDiagrams.flags().forEach(f -> flags.put(f, true));
    return flags;
  }

  List<String> templates() {
    return templates;
  }

  /** Checks the renders (one list of outcomes per template, in mode order) and the simulator. */
  List<String> check(List<List<Outcome>> renders) {
    for (int i = 0; i < derived.size(); i++) {
      RenderedFileCheck file = new RenderedFileCheck(derived.get(i), problems);
      for (int m = 0; m < MODES.size(); m++) {
        file.check(MODES.get(m), renders.get(i).get(m));
      }
    }
    PolicyEngine jinja = oracleEngine(renders);
    DiagramEngine shipped = DiagramEngine.of(diagram, Mode.ENFORCE, Map.copyOf(flags()));
    Random random = new Random(seed ^ 0x5DEECE66DL);
    FlowQueries queries = new FlowQueries(diagram, random, flags());
    for (Flow flow : diagram.flows()) {
      for (Query q : queries.of(flow)) {
        expect(q, true, "flow " + flow.id(), jinja, shipped);
      }
    }
    List<Workload[]> unlisted = new ArrayList<>(new UnlistedPairs(diagram).denied());
    Collections.shuffle(unlisted, random);
    for (Workload[] pair : unlisted.subList(0, Math.min(UNLISTED_PAIRS, unlisted.size()))) {
      Protocol protocol = List.of(Protocol.TCP, Protocol.UDP, Protocol.SCTP).get(random.nextInt(3));
      Endpoint from = Endpoint.node(pair[0].id());
      Endpoint to = Endpoint.node(pair[1].id());
      Query q = queries.query(from, to, 1 + random.nextInt(65535), protocol);
      expect(q, false, "unlisted pair", jinja, shipped);
    }
    return problems;
  }

  /** The engine over the documents Jinja2 rendered in enforce mode. */
  private PolicyEngine oracleEngine(List<List<Outcome>> renders) {
    List<SourceDocument> docs = new ArrayList<>();
    int enforce = MODES.indexOf(Mode.ENFORCE);
    for (int i = 0; i < derived.size(); i++) {
      Outcome o = renders.get(i).get(enforce);
      String path = derived.get(i).file().path();
      if (o.error() == null) {
        o.render().documents().forEach(d -> docs.add(SourceDocument.of(path, 1, d)));
      }
    }
    return new PolicyEngine(PolicyReader.read(docs));
  }

  private void expect(
      Query q, boolean allowed, String what, PolicyEngine jinja, DiagramEngine shipped) {
    Map<String, Object> values = shipped.values();
    expect(
        q,
        allowed,
        what + " (Jinja2 render)",
        DiagramSimulator.simulate(diagram, values, jinja, q));
    expect(q, allowed, what + " (in-app render)", DiagramSimulator.simulate(shipped, q));
  }

  private void expect(Query q, boolean allowed, String what, Verdict v) {
    if (v.allowed() != allowed || (!allowed && !v.headline().equals("DENIED"))) {
      problems.add(
          what
              + ": "
              + q.from()
              + " → "
              + q.to()
              + " on "
              + q.traffic()
              + " should be "
              + (allowed ? "ALLOWED" : "DENIED")
              + ", the engine says:\n"
              + v.explanation());
    }
  }

  /** The failure report: seed, problems, the diagram file and the templates. */
  String report(List<String> found) {
    StringBuilder s = new StringBuilder();
    s.append("seed ").append(seed).append(" (replay: -Dproperty.seed=").append(seed).append(")\n");
    found.stream().limit(10).forEach(p -> s.append("- ").append(p).append('\n'));
    s.append("--- diagram file ---\n").append(DiagramFileWriter.write(diagram));
    for (int i = 0; i < templates.size(); i++) {
      s.append("--- ").append(derived.get(i).file().path()).append(" ---\n");
      s.append(templates.get(i));
    }
    return s.toString();
  }
}
