package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.NetworkPolicyFallback;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.controlsfx.control.PropertySheet;

/** The inspector's sections for each kind of element. */
final class InspectorSections {
  private final Document document;

  InspectorSections(Document document) {
    this.document = document;
  }

  List<Node> workload(String id, List<ElementViewModel> models) {
    WorkloadViewModel vm = new WorkloadViewModel(document, id);
    models.add(vm);
    List<Node> nodes = new ArrayList<>();
    nodes.add(InspectorView.heading("Workload"));
    nodes.add(
        sheet(
            new SheetItem(
                    "Name", "Shown on the canvas", String.class, vm.nameProperty(), vm::rename)
                .checkedBy(InputRules::required),
            new SheetItem("Kind", "Picks the icon", KindHint.class, vm.kindProperty(), vm::setKind),
            new SheetItem(
                    "Namespace",
                    "Kubernetes namespace",
                    String.class,
                    vm.namespaceProperty(),
                    vm::setNamespace)
                .checkedBy(InputRules::namespace),
            conditionItem(
                "Condition",
                "The workload exists only when this holds",
                vm.conditionProperty(),
                vm::setCondition),
            new SheetItem(
                "Has a policy",
                "Write a CiliumNetworkPolicy for it",
                Boolean.class,
                vm.subjectProperty(),
                vm::setSubject)));
    nodes.add(InspectorView.heading("Labels"));
    nodes.add(new LabelsTable(vm));
    nodes.add(InspectorView.heading("Ports"));
    nodes.add(new PortsTable(vm));
    if (document.current().isSubject(id)) {
      nodes.addAll(policy(id, models));
    }
    return nodes;
  }

  private List<Node> policy(String id, List<ElementViewModel> models) {
    SubjectViewModel vm = new SubjectViewModel(document, id);
    models.add(vm);
    return List.of(
        InspectorView.heading("Policy"),
        sheet(
            new SheetItem(
                    "Policy name",
                    "metadata.name",
                    String.class,
                    vm.policyNameProperty(),
                    vm::setPolicyName)
                .checkedBy(InputRules::resourceName),
            new SheetItem("Title", "Banner title", String.class, vm.titleProperty(), vm::setTitle),
            new SheetItem(
                "Purpose",
                "Banner second line",
                String.class,
                vm.purposeProperty(),
                vm::setPurpose),
            new SheetItem(
                "Description",
                "spec.description",
                String.class,
                vm.descriptionProperty(),
                vm::setDescription),
            new SheetItem(
                "NetworkPolicy",
                "Standard NetworkPolicy beside it",
                NetworkPolicyFallback.class,
                vm.fallbackProperty(),
                vm::setFallback),
            new SheetItem(
                "Only when enforcing",
                "Emit the NetworkPolicy only in enforce mode",
                Boolean.class,
                vm.onlyWhenEnforcingProperty(),
                vm::setOnlyWhenEnforcing)),
        InspectorView.heading("File"),
        sheet(
            new SheetItem(
                    "Path",
                    "Repo-relative template path",
                    String.class,
                    vm.pathProperty(),
                    vm::setPath)
                .checkedBy(p -> p.endsWith(".yaml.j2") ? null : "The path must end in .yaml.j2"),
            conditionItem(
                "Guard",
                "The file renders only when this holds",
                vm.guardProperty(),
                vm::setGuard)));
  }

  List<Node> flow(String id, List<ElementViewModel> models) {
    FlowViewModel vm = new FlowViewModel(document, id);
    models.add(vm);
    Label ends = new Label();
    ends.textProperty().bind(vm.endsProperty());
    ends.getStyleClass().add("inspector-subtitle");
    return List.of(
        InspectorView.heading("Flow"),
        ends,
        sheet(
            new SheetItem(
                    "Ports",
                    "e.g. 9000/TCP, 53/UDP, or \"all ports\" for every port",
                    String.class,
                    vm.portsProperty(),
                    vm::setPorts)
                .checkedBy(PortsText::check),
            conditionItem(
                "Condition",
                "The flow exists only when this holds",
                vm.conditionProperty(),
                vm::setCondition),
            new SheetItem(
                "Description",
                "Comment above the rule",
                String.class,
                vm.descriptionProperty(),
                vm::setDescription),
            new SheetItem(
                "Ingress wording",
                "Comment on the destination's side, if different",
                String.class,
                vm.ingressDescriptionProperty(),
                vm::setIngressDescription)),
        new L7RulesView(vm));
  }

  List<Node> peer(String id, List<ElementViewModel> models) {
    PeerViewModel vm = new PeerViewModel(document, id);
    models.add(vm);
    return List.of(
        InspectorView.heading(vm.valuesLabel()),
        sheet(
            new SheetItem(
                    "Name", "Shown on the canvas", String.class, vm.nameProperty(), vm::rename)
                .checkedBy(InputRules::required),
            new SheetItem(
                    vm.valuesLabel(),
                    "Comma-separated",
                    String.class,
                    vm.valuesProperty(),
                    vm::setValues)
                .checkedBy(vm::checkValues)));
  }

  List<Node> overview(int selected) {
    Diagram d = document.current();
    Label text =
        new Label(
            selected > 1
                ? selected + " elements selected. Delete removes them; drag moves them."
                : document.name()
                    + ": "
                    + count(d.nodes().size(), "node")
                    + ", "
                    + count(d.flows().size(), "flow")
                    + ", "
                    + count(d.files().size(), "policy file")
                    + ".\n\nSelect a node or flow to edit it. "
                    + "Drag from a node's handle (the dot on its right edge) to another node to "
                    + "add a flow.");
    text.setWrapText(true);
    text.getStyleClass().add("inspector-hint");
    return List.of(InspectorView.heading(selected > 1 ? "Selection" : "Diagram"), text);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private SheetItem conditionItem(
      String name,
      String description,
      javafx.beans.value.ObservableValue<String> source,
      java.util.function.Predicate<String> commit) {
    return new SheetItem(name, description, String.class, source, commit)
        .checkedBy(InputRules::condition)
        .completedBy(this::completeCondition);
  }

  private Collection<String> completeCondition(String typed) {
    return ConditionVocabulary.complete(
        typed, ConditionVocabulary.flags(document.current(), document.repoProperty().get()));
  }

  private static PropertySheet sheet(SheetItem... items) {
    PropertySheet sheet = new PropertySheet();
    sheet.setMode(PropertySheet.Mode.NAME);
    sheet.setModeSwitcherVisible(false);
    sheet.setSearchBoxVisible(false);
    sheet.setPropertyEditorFactory(new SheetEditors());
    sheet.getItems().setAll(items);
    sheet.getStyleClass().add("inspector-sheet");
    return sheet;
  }
}
