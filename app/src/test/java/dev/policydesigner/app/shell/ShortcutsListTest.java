package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.help.Shortcuts;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Help → Keyboard Shortcuts lists every shortcut the menus have. */
@ExtendWith(ApplicationExtension.class)
class ShortcutsListTest {
  @TempDir Path tmp;
  private final WindowFixture fixture = new WindowFixture();

  @Start
  void start(Stage stage) {
    fixture.open(stage, tmp, Examples.hubble());
  }

  @AfterEach
  void tearDown() {
    fixture.dispose();
  }

  private static void accelerators(List<MenuItem> items, List<String> out) {
    for (MenuItem i : items) {
      if (i.getAccelerator() != null) {
        out.add(i.getText() + "=" + i.getAccelerator().getDisplayText());
      }
      if (i instanceof Menu m) {
        accelerators(m.getItems(), out);
      }
    }
  }

  @Test
  void everyMenuShortcutIsInTheKeyboardShortcutsList(FxRobot robot) {
    MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
    List<String> found = new ArrayList<>();
    bar.getMenus().forEach(m -> accelerators(m.getItems(), found));
    assertTrue(found.size() > 20, found.toString());
    StringBuilder listed = new StringBuilder();
    Shortcuts.all()
        .forEach(
            g ->
                g.shortcuts()
                    .forEach(
                        s ->
                            listed.append(s.keys()).append(" | ").append(s.action()).append('\n')));
    List<String> missing = new ArrayList<>();
    for (String f : found) {
      String keys = f.substring(f.lastIndexOf('=', f.length() - 2) + 1);
      Pattern whole =
          Pattern.compile("(^|[ (])" + Pattern.quote(keys) + "($|[ )/])", Pattern.MULTILINE);
      if (!whole.matcher(listed).find()) {
        missing.add(f);
      }
    }
    assertEquals(List.of(), missing, "menu shortcuts missing from Help → Keyboard Shortcuts");
  }
}
