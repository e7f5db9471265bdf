package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.export.repo.CheckoutRoot;
import dev.policydesigner.model.Diagram;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** New, Open, Save, Save As, Close, Quit and Export to repo… for the window's documents. */
public final class FileActions {
  private static final FileChooser.ExtensionFilter FLOWS =
      new FileChooser.ExtensionFilter("Flow diagrams (*.flows.yaml)", "*.flows.yaml");
  private final MainWindow window;
  private final Services services;
  private final Map<Document, Path> recoverySlots = new HashMap<>();
  private int untitled;

  FileActions(MainWindow window, Services services) {
    this.window = window;
    this.services = services;
  }

  public void newDocument() {
    untitled++;
    window.open(
        new Document(Diagram.empty(untitled == 1 ? "untitled" : "untitled-" + untitled), null));
  }

  public void open() {
    FileChooser chooser = chooser("Open diagram", "diagrams");
    File f = chooser.showOpenDialog(window.stage());
    if (f != null) {
      services.recent().rememberDirectory("diagrams", f.toPath().getParent());
      openFile(f.toPath());
    }
  }

  /** Opens {@code file} in a new tab, or shows why it cannot be read. */
  public boolean openFile(Path file) {
    try {
      Diagram d = services.store().read(file);
      Document document = new Document(d, file);
      Path repo = services.recent().checkoutOf(file);
      if (repo != null && java.nio.file.Files.isDirectory(repo)) {
        document.repoProperty().set(repo); // the checkout it was last exported to
      }
      window.open(document);
      services.recent().add(file);
      return true;
    } catch (IOException | RuntimeException e) {
      Dialogs.error(window.stage(), "Cannot open " + file.getFileName(), e.getMessage());
      return false;
    }
  }

  public List<Path> recentFiles() {
    return services.recent().list();
  }

  public boolean save() {
    return window.active().map(this::save).orElse(false);
  }

  boolean save(DocumentView view) {
    Path file = view.document().fileProperty().get();
    return file == null ? saveAs(view) : saveTo(view.document(), file);
  }

  public boolean saveAs() {
    return window.active().map(this::saveAs).orElse(false);
  }

  private boolean saveAs(DocumentView view) {
    FileChooser chooser = chooser("Save diagram as", "diagrams");
    chooser.setInitialFileName(view.document().name() + ".flows.yaml");
    File f = chooser.showSaveDialog(window.stage());
    if (f == null) {
      return false;
    }
    Path p = f.toPath();
    if (!p.getFileName().toString().endsWith(".flows.yaml")) {
      p = p.resolveSibling(p.getFileName() + ".flows.yaml");
    }
    services.recent().rememberDirectory("diagrams", p.getParent());
    return saveTo(view.document(), p);
  }

  /** Writes the document to {@code file}, or shows why it could not be written. */
  public boolean saveTo(Document document, Path file) {
    try {
      services.store().write(document.current(), file);
      document.markSaved(file);
      services.recent().add(file);
      Path repo = document.repoProperty().get();
      if (repo != null) {
        services.recent().rememberCheckout(file, repo);
      }
      discardRecovery(document);
      return true;
    } catch (IOException | RuntimeException e) {
      Dialogs.error(window.stage(), "Cannot save " + file.getFileName(), e.getMessage());
      return false;
    }
  }

  public void close() {
    window
        .active()
        .ifPresent(
            v -> {
              if (confirmClose(v)) {
                window.remove(v);
              }
            });
  }

  public void quit() {
    if (closeAll()) {
      window.stage().close();
    }
  }

  /** Asks about every unsaved document; false when the user cancelled. */
  boolean closeAll() {
    for (DocumentView v : window.documents()) {
      if (!confirmClose(v)) {
        return false;
      }
    }
    window.documents().forEach(v -> discardRecovery(v.document()));
    return true;
  }

  /** Save / Don't Save / Cancel for an unsaved document; true when it may close. */
  boolean confirmClose(DocumentView view) {
    if (!view.document().isDirty()) {
      return true;
    }
    ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
    ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    Alert alert =
        new Alert(
            Alert.AlertType.WARNING,
            "Your changes will be lost if you don't save them.",
            save,
            discard,
            ButtonType.CANCEL);
    alert.initOwner(window.stage());
    alert.setTitle("Unsaved changes");
    alert.setHeaderText("Save the changes to \"" + view.document().name() + "\"?");
    ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
    if (answer == save) {
      return save(view);
    }
    return answer == discard;
  }

  void closed(DocumentView view) {
    discardRecovery(view.document());
  }

  /** Picks the repo checkout to export to (remembered) and shows the plan. */
  public void exportToRepo() {
    window.active().ifPresent(this::chooseRepo);
  }

  void chooseRepo(DocumentView view) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle("Export to repo checkout");
    Path last = services.recent().directory("repo");
    if (last != null && last.toFile().isDirectory()) {
      chooser.setInitialDirectory(last.toFile());
    }
    File dir = chooser.showDialog(window.stage());
    if (dir != null) {
      Path root = CheckoutRoot.find(dir.toPath()).root();
      services.recent().rememberDirectory("repo", root);
      showPlan(view, root);
    }
  }

  /**
   * Plans the export of the view's document into the checkout {@code repo} lies in (a folder
   * chooser often hands over its {@code templates/}) and shows it.
   */
  public void showPlan(DocumentView view, Path repo) {
    Path root = CheckoutRoot.find(repo).root();
    view.document().repoProperty().set(root);
    Path file = view.document().fileProperty().get();
    if (file != null) {
      services.recent().rememberCheckout(file, root);
    }
    view.export().refresh();
    view.showTab("tab-export");
  }

  /** Writes a recovery copy of every unsaved document. */
  void autosave() {
    for (DocumentView v : window.documents()) {
      Document d = v.document();
      if (d.isDirty()) {
        Path slot = recoverySlots.computeIfAbsent(d, x -> services.recovery().newSlot());
        try {
          services.recovery().save(d.current(), slot);
        } catch (IOException | RuntimeException e) {
          // autosave is best effort; the next tick tries again
        }
      }
    }
  }

  private void discardRecovery(Document d) {
    Path slot = recoverySlots.remove(d);
    if (slot != null) {
      services.recovery().discard(slot);
    }
  }

  private FileChooser chooser(String title, String dirKey) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(FLOWS);
    Path dir = services.recent().directory(dirKey);
    if (dir != null && dir.toFile().isDirectory()) {
      chooser.setInitialDirectory(dir.toFile());
    }
    return chooser;
  }
}
