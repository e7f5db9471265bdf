package dev.policydesigner.model.lint;

import dev.policydesigner.model.DefaultDenyStyle;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import java.util.ArrayList;
import java.util.List;

/** Small diagrams around one subject, {@code web} in namespace {@code shop}. */
final class LintFixtures {
  static final Position AT = new Position(0, 0);
  static final String FILE = "templates/config/kubernetes/apps/shop/web/app/networkpolicy.yaml.j2";

  private LintFixtures() {}

  static Workload web() {
    return new Workload(
        "web",
        "Web",
        KindHint.APP,
        "shop",
        List.of(new Label("app", "web")),
        List.of(WorkloadPort.tcp(8080)),
        null,
        AT);
  }

  static Workload workload(String id, KindHint kind, String ns, String key, String value) {
    List<Label> labels = key == null ? List.of() : List.of(new Label(key, value));
    return new Workload(id, id, kind, ns, labels, List.of(), null, AT);
  }

  static Diagram diagram(List<Node> others, List<Flow> flows) {
    return diagram(others, flows, DefaultDenyStyle.IF_BLOCK, NetworkPolicyFallback.NONE);
  }

  static Diagram diagram(
      List<Node> others, List<Flow> flows, DefaultDenyStyle style, NetworkPolicyFallback fb) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(web());
    nodes.addAll(others);
    PolicySubject subject = new PolicySubject("web", "web", "Web", "", "", fb);
    PolicyFile file = new PolicyFile(FILE, Guard.ALWAYS, style, List.of(subject), null);
    return new Diagram("t", "", nodes, flows, List.of(file), Settings.DEFAULT);
  }
}
