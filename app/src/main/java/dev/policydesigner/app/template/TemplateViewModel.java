package dev.policydesigner.app.template;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.SetChangeListener;

/**
 * The template of the file that holds the selected subject's policy (for a selected flow: the
 * destination's, else the source's), regenerated after every edit.
 */
public final class TemplateViewModel {
  private final Document document;
  private final TemplateSource source;
  private final PolicyDeriver deriver = new PolicyDeriver();
  private final ReadOnlyStringWrapper path = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

  public TemplateViewModel(Document document, TemplateSource source) {
    this.document = document;
    this.source = source;
    document.diagramProperty().addListener((o, a, b) -> refresh());
    document.selection().ids().addListener((SetChangeListener<String>) c -> refresh());
    refresh();
  }

  /** Repo-relative path of the file shown, or empty. */
  public ReadOnlyStringProperty pathProperty() {
    return path.getReadOnlyProperty();
  }

  /** The template text, or a hint when no subject is selected. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  private void refresh() {
    Diagram d = document.current();
    Optional<PolicyFile> file = chosenFile(d);
    if (file.isEmpty()) {
      path.set("");
      text.set("No workload has a policy yet: select a workload and tick \"Has a policy\".");
      return;
    }
    path.set(file.get().path());
    try {
      text.set(source.write(deriver.deriveFile(d, file.get())));
    } catch (RuntimeException e) {
      text.set("The template could not be written: " + e.getMessage());
    }
  }

  private Optional<PolicyFile> chosenFile(Diagram d) {
    for (String id : document.selection().ids()) {
      Optional<PolicyFile> f = d.fileOfSubject(id);
      if (f.isPresent()) {
        return f;
      }
      Optional<Flow> flow = d.flow(id);
      if (flow.isPresent()) {
        f = d.fileOfSubject(flow.get().to()).or(() -> d.fileOfSubject(flow.get().from()));
        if (f.isPresent()) {
          return f;
        }
      }
    }
    String shown = path.get();
    Optional<PolicyFile> still = shown.isEmpty() ? Optional.empty() : d.file(shown);
    return still.isPresent() ? still : d.files().stream().findFirst();
  }
}
