package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.Node;
import dev.policydesigner.model.edit.UpdateFlowEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A flow's ports, condition and descriptions. */
public final class FlowViewModel extends ElementViewModel {
  private final ReadOnlyStringWrapper ends = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper ports = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper condition = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper ingressDescription = new ReadOnlyStringWrapper();
  private final ObservableList<HttpRule> http = FXCollections.observableArrayList();
  private final ObservableList<FqdnSelector> dns = FXCollections.observableArrayList();
  private final ObservableList<HttpRule> httpView = FXCollections.unmodifiableObservableList(http);
  private final ObservableList<FqdnSelector> dnsView =
      FXCollections.unmodifiableObservableList(dns);

  public FlowViewModel(Document document, String id) {
    super(document, id);
    refresh(document.current());
  }

  @Override
  protected void refresh(Diagram d) {
    Flow f = flow();
    String from = d.node(f.from()).map(Node::name).orElse(f.from());
    String to = d.node(f.to()).map(Node::name).orElse(f.to());
    ends.set(from + " → " + to);
    ports.set(PortsText.format(f.ports()));
    condition.set(f.condition() == null ? "" : f.condition());
    description.set(f.description());
    ingressDescription.set(f.ingressDescription() == null ? "" : f.ingressDescription());
    if (!http.equals(f.l7().http())) {
      http.setAll(f.l7().http());
    }
    if (!dns.equals(f.l7().dns())) {
      dns.setAll(f.l7().dns());
    }
  }

  /** The HTTP rules of the flow's L7 part (read-only; change them with the methods below). */
  public ObservableList<HttpRule> http() {
    return httpView;
  }

  /** The DNS names and patterns of the flow's L7 part. */
  public ObservableList<FqdnSelector> dns() {
    return dnsView;
  }

  /** Adds an HTTP rule allowing GET on every path; refused while the flow has DNS rules. */
  public boolean addHttpRule() {
    if (!flow().l7().dns().isEmpty()) {
      return false;
    }
    List<HttpRule> rules = new ArrayList<>(flow().l7().http());
    rules.add(new HttpRule("GET", "/.*", null));
    return setL7("Add HTTP rule to " + id, new L7Rules(rules, List.of()));
  }

  public boolean removeHttpRule(int index) {
    List<HttpRule> rules = new ArrayList<>(flow().l7().http());
    if (index < 0 || index >= rules.size()) {
      return false;
    }
    rules.remove(index);
    return setL7("Remove HTTP rule of " + id, new L7Rules(rules, List.of()));
  }

  /** Sets the method (0), path (1) or host (2) of rule {@code index}; refused when not valid. */
  public boolean setHttpPart(int index, int part, String value) {
    String v = value == null || value.isBlank() ? null : value.strip();
    String problem =
        switch (part) {
          case 0 -> InputRules.httpMethod(v);
          case 1 -> InputRules.httpPath(v);
          default -> InputRules.httpHost(v);
        };
    List<HttpRule> rules = new ArrayList<>(flow().l7().http());
    if (problem != null || index < 0 || index >= rules.size()) {
      return false;
    }
    HttpRule r = rules.get(index);
    rules.set(
        index,
        new HttpRule(
            part == 0 ? v : r.method(), part == 1 ? v : r.path(), part == 2 ? v : r.host()));
    return setL7("Change HTTP rule of " + id, new L7Rules(rules, List.of()));
  }

  /** Adds a DNS name to look up; refused while the flow has HTTP rules or for an invalid name. */
  public boolean addDnsName(String value) {
    if (!flow().l7().http().isEmpty() || value == null || InputRules.dnsName(value) != null) {
      return false;
    }
    List<FqdnSelector> names = new ArrayList<>(flow().l7().dns());
    names.add(selector(value));
    return setL7("Add DNS rule to " + id, new L7Rules(List.of(), names));
  }

  /** Changes DNS name {@code index} (a {@code *} makes it a pattern); refused when invalid. */
  public boolean setDnsName(int index, String value) {
    List<FqdnSelector> names = new ArrayList<>(flow().l7().dns());
    if (value == null || InputRules.dnsName(value) != null || index < 0 || index >= names.size()) {
      return false;
    }
    names.set(index, selector(value));
    return setL7("Change DNS rule of " + id, new L7Rules(List.of(), names));
  }

  public boolean removeDnsName(int index) {
    List<FqdnSelector> names = new ArrayList<>(flow().l7().dns());
    if (index < 0 || index >= names.size()) {
      return false;
    }
    names.remove(index);
    return setL7("Remove DNS rule of " + id, new L7Rules(List.of(), names));
  }

  private static FqdnSelector selector(String value) {
    String v = value.strip();
    return v.contains("*") ? FqdnSelector.pattern(v) : FqdnSelector.name(v);
  }

  /** Why L7 rules cannot apply to the flow as its ports are, or {@code null} when they can. */
  public String l7Hint() {
    Flow f = flow();
    if (f.l7().isEmpty()) {
      return null;
    }
    if (f.ports().isEmpty()) {
      return "L7 rules apply per port: give the flow its ports (e.g. 8080/TCP, 53/UDP)";
    }
    return null;
  }

  private boolean setL7(String what, L7Rules rules) {
    return change(what, f -> f.withL7(rules));
  }

  private Flow flow() {
    return document.current().flow(id).orElseThrow();
  }

  /** "Hubble UI → Hubble Relay". */
  public ReadOnlyStringProperty endsProperty() {
    return ends.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty portsProperty() {
    return ports.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty conditionProperty() {
    return condition.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty descriptionProperty() {
    return description.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty ingressDescriptionProperty() {
    return ingressDescription.getReadOnlyProperty();
  }

  /** Sets the ports from text such as {@code 9000/TCP, 53/UDP}; refused when not valid. */
  public boolean setPorts(String text) {
    return PortsText.parse(text)
        .map(list -> change("Change ports of " + id, f -> f.withPorts(list)))
        .orElse(false);
  }

  public boolean setCondition(String value) {
    return InputRules.condition(value) == null
        && change("Change condition of " + id, f -> f.withCondition(value));
  }

  public boolean setDescription(String value) {
    return change("Change description of " + id, f -> f.withDescription(value));
  }

  public boolean setIngressDescription(String value) {
    return change(
        "Change ingress description of " + id,
        f ->
            new Flow(
                f.id(),
                f.from(),
                f.to(),
                f.ports(),
                f.l7(),
                f.condition(),
                f.description(),
                value));
  }

  private boolean change(String what, UnaryOperator<Flow> g) {
    Flow before = flow();
    Flow after = g.apply(before);
    return !before.equals(after) && perform(new UpdateFlowEdit(what, after));
  }
}
