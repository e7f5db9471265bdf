package dev.policydesigner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.cli.CommandLine;
import dev.policydesigner.app.shell.DocumentView;
import dev.policydesigner.app.shell.MainWindow;
import dev.policydesigner.app.shell.Wiring;
import dev.policydesigner.export.diagram.file.DiagramFiles;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** {@code ./policy-designer a.flows.yaml b.flows.yaml} opens both diagrams in the window. */
@ExtendWith(ApplicationExtension.class)
class OpenFilesFromCommandLineTest {
  @TempDir static Path tmp;
  private final Preferences prefs =
      Preferences.userRoot().node("dev/policydesigner/test/" + UUID.randomUUID());
  private Path first;
  private Path second;
  private String[] args;
  private MainWindow window;

  @Start
  void start(Stage stage) throws Exception {
    first = tmp.resolve("first.flows.yaml");
    second = tmp.resolve("sub dir/second.flows.yaml");
    Files.createDirectories(second.getParent());
    DiagramFiles.save(first, Examples.rustfs());
    DiagramFiles.save(second, Examples.hubble());
    args = new String[] {first.toString(), second.toString()};
    LaunchArguments launch = LaunchArguments.of(args, CommandLine.subcommandNames());
    assertFalse(launch.commandLine(), "diagram files open the window");
    assertTrue(launch.problem(args).isEmpty());
    window = DesignerApplication.show(stage, Wiring.services(prefs, tmp.resolve("recovery")), args);
  }

  @AfterEach
  void tearDown() throws BackingStoreException {
    prefs.removeNode();
  }

  @Test
  void opensEachFileInItsOwnTabTheFirstInFront(FxRobot robot) {
    List<DocumentView> views = window.documents();
    assertEquals(2, views.size());
    assertEquals(first, views.get(0).document().fileProperty().get());
    assertEquals(second, views.get(1).document().fileProperty().get());
    assertEquals(Examples.rustfs().name(), views.get(0).document().current().name());
    assertEquals(Examples.hubble().name(), views.get(1).document().current().name());
    assertEquals(views.get(0), window.active().orElseThrow());
    assertFalse(views.get(0).document().isDirty(), "opened as saved");
  }

  @Test
  void subcommandsAndOptionsRunTheCommandLineAndMissingFilesAreRefused() {
    var names = CommandLine.subcommandNames();
    assertTrue(names.containsAll(List.of("check", "export", "import", "render", "simulate")));
    assertTrue(LaunchArguments.of(new String[] {"check", "x"}, names).commandLine());
    assertTrue(LaunchArguments.of(new String[] {"--version"}, names).commandLine());
    LaunchArguments none = LaunchArguments.of(new String[0], names);
    assertFalse(none.commandLine());
    assertTrue(none.files().isEmpty(), "no files: the examples open");
    String[] missing = {first.toString(), "nowhere.flows.yaml"};
    String problem = LaunchArguments.of(missing, names).problem(missing).orElseThrow();
    assertTrue(problem.startsWith("nowhere.flows.yaml: no such diagram file."), problem);
  }
}
