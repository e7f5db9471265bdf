package dev.policydesigner.app.shell;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.palette.PaletteView;
import dev.policydesigner.icons.Icon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The window: menus, palette, and one tab per open document. */
public final class MainWindow {
  private static final String APP_NAME = "Cilium Policy Designer";
  private final Stage stage;
  private final Services services;
  private final TabPane tabs = new TabPane();
  private final ReadOnlyObjectWrapper<DocumentView> active = new ReadOnlyObjectWrapper<>();
  private final FileActions fileActions;
  private final ToolActions toolActions;
  private final ImportActions importActions;
  private final ClipboardActions clipboardActions;
  private final EditActions editActions;
  private final ProgressStrip progress = new ProgressStrip();
  private final Scene scene;
  private final ThemeSwitch theme;

  public MainWindow(Stage stage, Services services) {
    this.stage = stage;
    this.services = services;
    this.theme = new ThemeSwitch(services.preferences());
    tabs.setId("documents");
    tabs.getStyleClass().add("document-tabs");
    tabs.getSelectionModel()
        .selectedItemProperty()
        .addListener((o, a, t) -> active.set(t == null ? null : (DocumentView) t.getContent()));
    fileActions = new FileActions(this, services);
    toolActions = new ToolActions(this);
    importActions = new ImportActions(this, services, progress);
    clipboardActions = new ClipboardActions(this);
    BorderPane root = new BorderPane();
    root.getStyleClass().add("main-window");
    EditActions edit = new EditActions(this);
    editActions = edit;
    ViewActions view = new ViewActions(this, services);
    root.setTop(
        new VBox(
            new MainMenu(this, fileActions, importActions, edit, view, toolActions).bar(),
            MainToolBar.of(this, importActions, edit, view)));
    root.setLeft(new PaletteView(kind -> active().ifPresent(v -> v.addNode(kind, null))));
    root.setCenter(tabs);
    root.setBottom(new VBox(progress, new StatusBar(this)));
    scene = new Scene(root, 1366, 768);
    scene
        .getStylesheets()
        .add(MainWindow.class.getResource("/dev/policydesigner/app/designer.css").toExternalForm());
    stage.setScene(scene);
    for (int size : Icon.SIZES) {
      stage.getIcons().add(new Image(Icon.APP.url(size).toExternalForm()));
    }
    stage.getIcons().add(new Image(Icon.desktopIconUrl().toExternalForm()));
    theme.darkProperty().addListener((o, a, d) -> applyTheme());
    stage
        .focusedProperty()
        .addListener(
            (o, a, f) -> {
              if (f) {
                theme.askSystem();
              }
            });
    theme.askSystem();
    applyTheme();
    stage.titleProperty().unbind();
    stage.setTitle(APP_NAME);
    active.addListener((o, a, v) -> bindTitle(v));
    stage.setOnCloseRequest(
        e -> {
          if (!fileActions.closeAll()) {
            e.consume();
          }
        });
  }

  private void applyTheme() {
    theme.style(scene);
    documents().forEach(v -> v.canvas().overlay().setPalette(theme.palette()));
  }

  /** The theme chosen in View and whether the window is dark now. */
  ThemeSwitch theme() {
    return theme;
  }

  private void bindTitle(DocumentView view) {
    stage.titleProperty().unbind();
    if (view == null) {
      stage.titleProperty().unbind();
      stage.setTitle(APP_NAME);
    } else {
      stage.titleProperty().bind(view.document().titleProperty().concat(" — " + APP_NAME));
    }
  }

  /** Opens a tab for {@code document} and brings it to the front. */
  public DocumentView open(Document document) {
    DocumentView view = new DocumentView(document, services);
    view.exportView().setOnChooseRepo(() -> fileActions.chooseRepo(view));
    new CanvasContextMenus(view, this).install();
    new CanvasKeys(view).install();
    view.addOverCanvas(new LegendView());
    view.addOverCanvas(new WelcomeView(view, this));
    view.canvas().overlay().setPalette(theme.palette());
    Tab tab = new Tab();
    tab.textProperty().bind(document.titleProperty());
    tab.setContent(view);
    tab.setOnCloseRequest(
        e -> {
          if (!fileActions.confirmClose(view)) {
            e.consume();
          }
        });
    tab.setOnClosed(e -> fileActions.closed(view));
    tabs.getTabs().add(tab);
    tabs.getSelectionModel().select(tab);
    return view;
  }

  /** Brings the tab of {@code view} to the front. */
  public void select(DocumentView view) {
    tabs.getTabs().stream()
        .filter(t -> t.getContent() == view)
        .findFirst()
        .ifPresent(t -> tabs.getSelectionModel().select(t));
  }

  /** Closes the tab of {@code view} without asking. */
  void remove(DocumentView view) {
    tabs.getTabs().removeIf(t -> t.getContent() == view);
    fileActions.closed(view);
  }

  public Optional<DocumentView> active() {
    return Optional.ofNullable(active.get());
  }

  public ReadOnlyObjectProperty<DocumentView> activeProperty() {
    return active.getReadOnlyProperty();
  }

  public List<DocumentView> documents() {
    List<DocumentView> views = new ArrayList<>();
    tabs.getTabs().forEach(t -> views.add((DocumentView) t.getContent()));
    return views;
  }

  public Stage stage() {
    return stage;
  }

  public Scene scene() {
    return scene;
  }

  public ImportActions importActions() {
    return importActions;
  }

  public FileActions fileActions() {
    return fileActions;
  }

  public ToolActions toolActions() {
    return toolActions;
  }

  public ClipboardActions clipboardActions() {
    return clipboardActions;
  }

  public EditActions editActions() {
    return editActions;
  }
}
