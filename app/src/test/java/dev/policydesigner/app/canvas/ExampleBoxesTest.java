package dev.policydesigner.app.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.example.Examples;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The built-in examples open with their namespace boxes apart, the first thing a user sees. */
@ExtendWith(ApplicationExtension.class)
class ExampleBoxesTest {
  private Stage stage;

  @Start
  void start(Stage s) {
    stage = s;
  }

  @Test
  void noTwoBoxesOfAnExampleOverlap(FxRobot robot) {
    for (String name : Examples.NAMES) {
      List<String> overlapping = new ArrayList<>();
      int[] drawn = new int[1];
      robot.interact(
          () -> {
            CanvasView canvas = new CanvasView(new Document(Examples.byName(name).get(), null));
            stage.setScene(new Scene(canvas, 1366, 768));
            stage.show();
            List<NamespaceBox> boxes = new ArrayList<>();
            canvas.geometry().boxes().stream().filter(NamespaceBox::drawn).forEach(boxes::add);
            canvas.geometry().peerBoxes().stream().filter(NamespaceBox::drawn).forEach(boxes::add);
            drawn[0] = boxes.size();
            for (int i = 0; i < boxes.size(); i++) {
              for (int j = i + 1; j < boxes.size(); j++) {
                if (boxes.get(i).frame().intersects(boxes.get(j).frame())) {
                  overlapping.add(boxes.get(i).namespace() + " / " + boxes.get(j).namespace());
                }
              }
            }
          });
      assertTrue(drawn[0] >= 3, name + ": boxes drawn " + drawn[0]);
      assertEquals(List.of(), overlapping, name);
    }
  }
}
