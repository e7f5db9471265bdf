package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.edit.CompoundEdit;
import dev.policydesigner.model.edit.Edit;
import dev.policydesigner.model.edit.FollowNamespaceEdit;
import dev.policydesigner.model.edit.SubjectEdit;
import dev.policydesigner.model.edit.UpdateNodeEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A workload's properties, labels and ports; invalid input is refused and changes nothing. */
public final class WorkloadViewModel extends ElementViewModel {
  private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<KindHint> kind = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper namespace = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper condition = new ReadOnlyStringWrapper();
  private final ReadOnlyBooleanWrapper subject = new ReadOnlyBooleanWrapper();
  private final ObservableList<Label> labels = FXCollections.observableArrayList();
  private final ObservableList<Label> labelsView = FXCollections.unmodifiableObservableList(labels);
  private final ObservableList<WorkloadPort> ports = FXCollections.observableArrayList();
  private final ObservableList<WorkloadPort> portsView =
      FXCollections.unmodifiableObservableList(ports);

  public WorkloadViewModel(Document document, String id) {
    super(document, id);
    refresh(document.current());
  }

  @Override
  protected void refresh(Diagram d) {
    Workload w = workload();
    name.set(w.name());
    kind.set(w.kind());
    namespace.set(w.namespace());
    condition.set(w.condition() == null ? "" : w.condition());
    subject.set(d.isSubject(id));
    if (!labels.equals(w.labels())) {
      labels.setAll(w.labels());
    }
    if (!ports.equals(w.ports())) {
      ports.setAll(w.ports());
    }
  }

  private Workload workload() {
    return document.current().workload(id).orElseThrow();
  }

  public ReadOnlyStringProperty nameProperty() {
    return name.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<KindHint> kindProperty() {
    return kind.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty namespaceProperty() {
    return namespace.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty conditionProperty() {
    return condition.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty subjectProperty() {
    return subject.getReadOnlyProperty();
  }

  /** The labels in order (read-only; change them with the methods below). */
  public ObservableList<Label> labels() {
    return labelsView;
  }

  public ObservableList<WorkloadPort> ports() {
    return portsView;
  }

  public boolean rename(String value) {
    return InputRules.required(value) == null && change("Rename " + id, w -> w.withName(value));
  }

  public boolean setKind(KindHint value) {
    return value != null && change("Change kind of " + id, w -> w.withKind(value));
  }

  /**
   * Changes the namespace; a policy file the designer created moves along into the new namespace's
   * folder (one undoable edit). An imported file stays where the repo has it: the {@code
   * file-outside-namespace} problem offers the move.
   */
  public boolean setNamespace(String value) {
    Workload before = workload();
    if (InputRules.namespace(value) != null || before.namespace().equals(value)) {
      return false;
    }
    String description = "Change namespace of " + id;
    Edit update = new UpdateNodeEdit(description, before.withNamespace(value));
    boolean created =
        document.current().fileOfSubject(id).map(f -> f.importedFile().isEmpty()).orElse(false);
    return perform(
        created
            ? new CompoundEdit(description, List.of(update, new FollowNamespaceEdit(id)))
            : update);
  }

  public boolean setCondition(String value) {
    return InputRules.condition(value) == null
        && change("Change condition of " + id, w -> w.withCondition(value));
  }

  /** Gives the workload a policy, or removes it. */
  public boolean setSubject(boolean value) {
    if (value == subject.get()) {
      return false;
    }
    return perform(value ? SubjectEdit.add(id) : SubjectEdit.remove(id));
  }

  public boolean setLabelKey(int index, String key) {
    return InputRules.labelKey(key) == null
        && changeLabels(index, l -> new Label(key, l.value()), "Change label key");
  }

  public boolean setLabelValue(int index, String value) {
    return InputRules.labelValue(value) == null
        && changeLabels(index, l -> new Label(l.key(), value), "Change label value");
  }

  public boolean addLabel() {
    List<Label> list = new ArrayList<>(workload().labels());
    list.add(new Label(freshKey(list), id));
    return change("Add label to " + id, w -> w.withLabels(list));
  }

  private static String freshKey(List<Label> list) {
    String key = "app";
    for (int i = 2; ; i++) {
      String k = key;
      if (list.stream().noneMatch(l -> l.key().equals(k))) {
        return key;
      }
      key = "app" + i;
    }
  }

  public boolean removeLabel(int index) {
    List<Label> list = new ArrayList<>(workload().labels());
    if (index < 0 || index >= list.size()) {
      return false;
    }
    list.remove(index);
    return change("Remove label from " + id, w -> w.withLabels(list));
  }

  private boolean changeLabels(int index, UnaryOperator<Label> f, String what) {
    List<Label> list = new ArrayList<>(workload().labels());
    if (index < 0 || index >= list.size()) {
      return false;
    }
    list.set(index, f.apply(list.get(index)));
    return change(what + " of " + id, w -> w.withLabels(list));
  }

  /** Sets the container port number of port {@code index}; refused unless 1–65535. */
  public boolean setPortNumber(int index, String text) {
    return InputRules.port(text) == null
        && changePorts(
            index,
            p ->
                new WorkloadPort(
                    Integer.parseInt(text.strip()), p.protocol(), p.name(), p.servicePort()),
            "Change port");
  }

  public boolean setPortProtocol(int index, Protocol protocol) {
    return changePorts(
        index,
        p -> new WorkloadPort(p.port(), protocol, p.name(), p.servicePort()),
        "Change protocol");
  }

  public boolean setPortName(int index, String portName) {
    if (InputRules.portName(portName) != null) {
      return false;
    }
    String n = portName == null || portName.isBlank() ? null : portName.strip();
    return changePorts(
        index, p -> new WorkloadPort(p.port(), p.protocol(), n, p.servicePort()), "Rename port");
  }

  /** Sets the Service port that forwards to port {@code index}; empty for none. */
  public boolean setServicePort(int index, String text) {
    if (InputRules.optionalPort(text) != null) {
      return false;
    }
    Integer sp = text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    return changePorts(
        index, p -> new WorkloadPort(p.port(), p.protocol(), p.name(), sp), "Change Service port");
  }

  public boolean addPort() {
    List<WorkloadPort> list = new ArrayList<>(workload().ports());
    int next = list.isEmpty() ? 8080 : Math.min(65535, list.get(list.size() - 1).port() + 1);
    list.add(WorkloadPort.tcp(next));
    return change("Add port to " + id, w -> w.withPorts(list));
  }

  public boolean removePort(int index) {
    List<WorkloadPort> list = new ArrayList<>(workload().ports());
    if (index < 0 || index >= list.size()) {
      return false;
    }
    list.remove(index);
    return change("Remove port from " + id, w -> w.withPorts(list));
  }

  private boolean changePorts(int index, UnaryOperator<WorkloadPort> f, String what) {
    List<WorkloadPort> list = new ArrayList<>(workload().ports());
    if (index < 0 || index >= list.size()) {
      return false;
    }
    list.set(index, f.apply(list.get(index)));
    return change(what + " of " + id, w -> w.withPorts(list));
  }

  private boolean change(String description, UnaryOperator<Workload> f) {
    Workload before = workload();
    Workload after = f.apply(before);
    return !Objects.equals(before, after) && perform(new UpdateNodeEdit(description, after));
  }
}
