package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.example.Examples;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ExportImageTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();
  private MainWindow window;

  @Start
  void start(Stage stage) {
    window = fixture.open(stage, tmp, Examples.hubble());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  @Test
  void pngOfTheSelectionIsSmallerThanPngOfTheWholeDiagram(FxRobot robot) throws Exception {
    Path all = tmp.resolve("all.png");
    Path part = tmp.resolve("part.png");
    ImageExportAction action = new ImageExportAction(window);
    DocumentView view = window.active().orElseThrow();
    boolean[] ok = new boolean[2];
    robot.interact(
        () -> {
          ok[0] = action.write(view, List.of(), all);
          ok[1] = action.write(view, List.of("hubble-ui", "hubble-relay"), part);
        });
    assertTrue(ok[0] && ok[1]);
    BufferedImage whole = ImageIO.read(all.toFile());
    BufferedImage selected = ImageIO.read(part.toFile());
    assertTrue(whole.getWidth() > 400 && whole.getHeight() > 200, "the whole diagram is drawn");
    assertTrue(selected.getWidth() < whole.getWidth(), "two nodes take less room than six");
  }
}
