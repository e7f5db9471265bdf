package dev.policydesigner.app.template;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
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

  private final ObservableList<String> files = FXCollections.observableArrayList();
  private String pinned;
  private IntConsumer onLine = line -> {};

  public TemplateViewModel(Document document, TemplateSource source) {
    this.document = document;
    this.source = source;
    document.diagramProperty().addListener((o, a, b) -> refresh());
    document
        .selection()
        .ids()
        .addListener(
            (SetChangeListener<String>)
                c -> {
                  pinned = null; // a new selection shows its own file again
                  refresh();
                });
    refresh();
  }

  /** The paths of the diagram's files, for the file picker. */
  public ObservableList<String> files() {
    return files;
  }

  /** Shows this file of the diagram until the selection changes. */
  public void showFile(String filePath) {
    if (filePath != null && !filePath.equals(path.get())) {
      pinned = filePath;
      refresh();
    }
  }

  /** Called with a 1-based line to bring into view (and mark) when something asks for one. */
  public void setOnLine(IntConsumer handler) {
    onLine = handler;
  }

  /** Shows {@code filePath} and brings line {@code line} into view. */
  public void reveal(String filePath, int line) {
    showFile(filePath);
    if (line > 0 && filePath.equals(path.get())) {
      onLine.accept(line);
    }
  }

  /** Shows the file a problem concerns and brings its rule or policy into view. */
  public void reveal(Problem problem) {
    Diagram d = document.current();
    Optional<PolicyFile> file =
        Optional.ofNullable(problem.file()).flatMap(d::file).or(() -> chosenFile(d));
    file.ifPresent(f -> reveal(f.path(), RuleLines.of(d, f, problem)));
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
    List<String> paths = d.files().stream().map(PolicyFile::path).toList();
    if (!files.equals(paths)) {
      files.setAll(paths);
    }
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
    if (pinned != null && d.file(pinned).isPresent()) {
      return d.file(pinned);
    }
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
