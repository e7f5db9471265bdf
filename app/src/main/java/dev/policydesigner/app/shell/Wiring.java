package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.document.FileDiagramStore;
import dev.policydesigner.app.document.RecentFiles;
import dev.policydesigner.app.document.RecoveryStore;
import dev.policydesigner.app.export.RepoExportService;
import dev.policydesigner.export.check.ProblemLocator;
import dev.policydesigner.export.diagram.HierarchicalLayout;
import dev.policydesigner.export.engine.RenderedChecks;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/** Chooses the implementations behind the window: the one place that knows them all. */
public final class Wiring {
  private Wiring() {}

  /** The services of the running product, keeping preferences and recovery copies as given. */
  public static Services services(Preferences prefs, Path recoveryDir) {
    var store = new FileDiagramStore();
    TemplateWriter writer = new TemplateWriter();
    HierarchicalLayout layout = new HierarchicalLayout();
    return new Services(
        writer::write,
        ProblemLocator::checks,
        (diagram, repo) -> RenderedChecks.of(diagram, DocumentCheckout.policies(repo)),
        store,
        layout::layout,
        new RepoExportService(writer::write),
        new RecentFiles(prefs),
        new RecoveryStore(recoveryDir, store),
        prefs);
  }

  /** The services with the user's preferences and recovery directory. */
  public static Services userServices() {
    return services(
        Preferences.userRoot().node("dev/policydesigner/app"), RecoveryStore.defaultDirectory());
  }

  /**
   * Opens each file in its own tab, the first in front; a file that cannot be read is reported in a
   * dialog and the others still open. Without files, opens {@code otherwise} instead.
   */
  public static void open(MainWindow window, List<Path> files, List<Diagram> otherwise) {
    if (files.isEmpty()) {
      otherwise.forEach(d -> window.open(new Document(d, null)));
    } else {
      files.forEach(window.fileActions()::openFile);
    }
    if (!window.documents().isEmpty()) {
      window.select(window.documents().get(0));
    }
  }

  /**
   * Places the main window where it was last closed, or maximized on a small screen, and keeps its
   * place from then on (before it is shown).
   */
  public static void placeWindow(Stage stage, Services services) {
    new WindowPlacement(services.preferences()).apply(stage);
  }

  /** A window on {@code stage} showing each diagram in its own tab (the first one in front). */
  public static MainWindow window(Stage stage, Services services, List<Diagram> diagrams) {
    MainWindow window = new MainWindow(stage, services);
    for (Diagram d : diagrams) {
      window.open(new Document(d, null));
    }
    if (!window.documents().isEmpty()) {
      window.select(window.documents().get(0));
    }
    return window;
  }
}
