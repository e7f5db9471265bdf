package dev.policydesigner.app.inspector;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.NetworkPolicyFallback;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import dev.policydesigner.model.edit.UpdateFileEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The policy of a subject workload and the file it is written to. */
public final class SubjectViewModel extends ElementViewModel {
  private final ReadOnlyStringWrapper policyName = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper purpose = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper();
  private final ReadOnlyObjectWrapper<NetworkPolicyFallback> fallback =
      new ReadOnlyObjectWrapper<>();
  private final ReadOnlyBooleanWrapper onlyWhenEnforcing = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper();
  private final ReadOnlyStringWrapper guard = new ReadOnlyStringWrapper();

  public SubjectViewModel(Document document, String workloadId) {
    super(document, workloadId);
    refresh(document.current());
  }

  /** Whether the workload still has a policy (the view-model shows nothing otherwise). */
  public boolean isPresent() {
    return document.current().isSubject(id);
  }

  @Override
  protected void refresh(Diagram d) {
    if (!isPresent()) {
      return;
    }
    PolicySubject s = d.subject(id).orElseThrow();
    PolicyFile f = d.fileOfSubject(id).orElseThrow();
    policyName.set(s.policyName());
    title.set(s.title());
    purpose.set(s.purpose());
    description.set(s.description());
    fallback.set(s.fallback());
    onlyWhenEnforcing.set(s.fallbackOnlyWhenEnforcing());
    path.set(f.path());
    guard.set(f.guard().expression());
  }

  public ReadOnlyStringProperty policyNameProperty() {
    return policyName.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty titleProperty() {
    return title.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty purposeProperty() {
    return purpose.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty descriptionProperty() {
    return description.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<NetworkPolicyFallback> fallbackProperty() {
    return fallback.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty onlyWhenEnforcingProperty() {
    return onlyWhenEnforcing.getReadOnlyProperty();
  }

  /** Repo-relative path of the template file. */
  public ReadOnlyStringProperty pathProperty() {
    return path.getReadOnlyProperty();
  }

  /** The file's outer guard as a Jinja expression. */
  public ReadOnlyStringProperty guardProperty() {
    return guard.getReadOnlyProperty();
  }

  public boolean setPolicyName(String v) {
    return InputRules.resourceName(v) == null
        && changeSubject(
            "Rename policy", s -> s.withTexts(v, s.title(), s.purpose(), s.description()));
  }

  public boolean setTitle(String v) {
    return changeSubject(
        "Change policy title", s -> s.withTexts(s.policyName(), v, s.purpose(), s.description()));
  }

  public boolean setPurpose(String v) {
    return changeSubject(
        "Change policy purpose", s -> s.withTexts(s.policyName(), s.title(), v, s.description()));
  }

  public boolean setDescription(String v) {
    return changeSubject(
        "Change policy description", s -> s.withTexts(s.policyName(), s.title(), s.purpose(), v));
  }

  public boolean setFallback(NetworkPolicyFallback v) {
    return v != null
        && changeSubject(
            "Change NetworkPolicy fallback", s -> s.withFallback(v, s.fallbackOnlyWhenEnforcing()));
  }

  public boolean setOnlyWhenEnforcing(boolean v) {
    return changeSubject("Change NetworkPolicy fallback", s -> s.withFallback(s.fallback(), v));
  }

  /** Moves the file; refused unless the path ends in {@code .yaml.j2} and is free. */
  public boolean setPath(String v) {
    if (v == null
        || !v.endsWith(".yaml.j2")
        || v.startsWith("/")
        || v.contains("..")
        || document.current().file(v).isPresent()) {
      return false;
    }
    return changeFile("Move policy file", f -> f.withPath(v));
  }

  public boolean setGuard(String v) {
    return InputRules.condition(v) == null
        && changeFile("Change file guard", f -> f.withGuard(Guard.parse(v)));
  }

  private boolean changeSubject(String what, UnaryOperator<PolicySubject> g) {
    return changeFile(
        what,
        f -> {
          List<PolicySubject> list = new ArrayList<>();
          for (PolicySubject s : f.subjects()) {
            list.add(s.workloadId().equals(id) ? g.apply(s) : s);
          }
          return f.withSubjects(list);
        });
  }

  private boolean changeFile(String what, UnaryOperator<PolicyFile> g) {
    PolicyFile f = document.current().fileOfSubject(id).orElse(null);
    if (f == null || g.apply(f).equals(f)) {
      return false;
    }
    return perform(new UpdateFileEdit(what, f.path(), g));
  }
}
