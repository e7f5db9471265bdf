package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.example.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ExportToRepoTest {
  private static final String DIR = "templates/config/kubernetes/apps/storage/rustfs/app/";
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Examples.rustfs());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void exportWritesThePolicyTemplateAndItsKustomizationEntry(FxRobot robot) throws IOException {
    Path repo = copyOfSampleRepo();
    DocumentView view = window.active().orElseThrow();
    robot.interact(() -> window.fileActions().showPlan(view, repo));
    WaitForAsyncUtils.waitForFxEvents();

    robot.clickOn("#export-write");
    robot.type(KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();

    Path template = repo.resolve(DIR + "networkpolicy.yaml.j2");
    assertTrue(Files.isRegularFile(template), "the template was written");
    String text = Files.readString(template);
    assertTrue(text.contains("kind: CiliumNetworkPolicy"), text);
    assertTrue(text.contains("name: rustfs"), text);
    String kustomization = Files.readString(repo.resolve(DIR + "kustomization.yaml.j2"));
    assertTrue(kustomization.contains("- ./networkpolicy.yaml"), kustomization);
    assertTrue(kustomization.contains("- ./helmrelease.yaml"), "other entries stay");
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(
        robot.lookup("#export-write").queryAs(javafx.scene.control.Button.class).isDisabled(),
        "nothing left to write: " + view.export().statusProperty().get());
  }

  @Test
  void choosingAFolderInsideTheCheckoutPlansIntoItsRoot(FxRobot robot) throws IOException {
    Path repo = copyOfSampleRepo();
    DocumentView view = window.active().orElseThrow();
    robot.interact(() -> window.fileActions().showPlan(view, repo.resolve("templates/config")));
    WaitForAsyncUtils.waitForFxEvents();

    assertEquals(repo.toAbsolutePath().normalize(), view.document().repoProperty().get());
    assertTrue(
        view.export().files().stream()
            .anyMatch(f -> f.path().equals(DIR + "networkpolicy.yaml.j2")),
        view.export().statusProperty().get());
    assertFalse(
        view.export().statusProperty().get().contains("not a makejinja checkout"),
        view.export().statusProperty().get());
    assertFalse(
        Files.exists(repo.resolve("templates/config/templates")), "nothing planned below it");
  }

  private Path copyOfSampleRepo() throws IOException {
    Path source = TestData.sampleRepo();
    Path target = tmp.resolve("repo");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }
}
