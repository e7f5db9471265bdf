package dev.policydesigner.export.template;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnNode;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.List;

/** Builds small diagrams with one policy file for template tests. */
final class TestDiagram {
  private final List<Node> nodes = new ArrayList<>();
  private final List<Flow> flows = new ArrayList<>();
  private final List<PolicySubject> subjects = new ArrayList<>();
  private Guard fileGuard = Guard.of("network_policies_enabled | default(false)");
  private DefaultDenyStyle style = DefaultDenyStyle.IF_BLOCK;
  private ImportedFile imported;

  TestDiagram workload(String id, String namespace, String... labelPairs) {
    return conditionalWorkload(id, namespace, null, labelPairs);
  }

  TestDiagram conditionalWorkload(
      String id, String namespace, String condition, String... labelPairs) {
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < labelPairs.length; i += 2) {
      labels.add(new Label(labelPairs[i], labelPairs[i + 1]));
    }
    nodes.add(
        new Workload(
            id,
            id,
            KindHint.APP,
            namespace,
            labels,
            List.of(WorkloadPort.tcp(8080)),
            condition,
            Position.ORIGIN));
    return this;
  }

  TestDiagram node(Node node) {
    nodes.add(node);
    return this;
  }

  TestDiagram entities(String id, Entity... entities) {
    return node(new EntityNode(id, id, List.of(entities), Position.ORIGIN));
  }

  TestDiagram cidr(String id, String cidr, String... except) {
    return node(new CidrNode(id, id, cidr, List.of(except), Position.ORIGIN));
  }

  TestDiagram fqdns(String id, FqdnSelector... selectors) {
    return node(new FqdnNode(id, id, List.of(selectors), Position.ORIGIN));
  }

  TestDiagram flow(String from, String to, String text, PortRange... ports) {
    return flow(from, to, null, L7Rules.NONE, text, ports);
  }

  TestDiagram flow(
      String from, String to, String condition, L7Rules l7, String text, PortRange... ports) {
    String id = from + "-to-" + to + "-" + flows.size();
    flows.add(new Flow(id, from, to, List.of(ports), l7, condition, text, null));
    return this;
  }

  TestDiagram subject(String workloadId) {
    return subject(
        new PolicySubject(
            workloadId,
            workloadId,
            workloadId,
            "Purpose of " + workloadId,
            "Policy of " + workloadId,
            NetworkPolicyFallback.NONE));
  }

  TestDiagram subject(PolicySubject subject) {
    subjects.add(subject);
    return this;
  }

  TestDiagram fileGuard(Guard guard) {
    this.fileGuard = guard;
    return this;
  }

  TestDiagram style(DefaultDenyStyle style) {
    this.style = style;
    return this;
  }

  /** Makes the file an imported one, with this import record. */
  TestDiagram imported(ImportedFile imported) {
    this.imported = imported;
    return this;
  }

  Diagram build() {
    PolicyFile file =
        new PolicyFile("templates/test/policy.yaml.j2", fileGuard, style, subjects, null, imported);
    return new Diagram("test", "", nodes, flows, List.of(file), Settings.DEFAULT);
  }

  DerivedFile derive() {
    return new PolicyDeriver().derive(build()).get(0);
  }

  String write() {
    return new TemplateWriter().write(derive());
  }
}
