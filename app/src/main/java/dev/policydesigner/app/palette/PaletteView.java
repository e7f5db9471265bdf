package dev.policydesigner.app.palette;

import dev.policydesigner.app.canvas.CanvasView;
import dev.policydesigner.app.canvas.Glyphs;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;

/** The node kinds: click adds one to the canvas, or drag one onto it. */
public final class PaletteView extends VBox {
  public PaletteView(Consumer<String> onAdd) {
    getStyleClass().add("palette");
    setId("palette");
    Label workloads = new Label("Workloads");
    workloads.getStyleClass().add("palette-heading");
    getChildren().add(workloads);
    boolean peersShown = false;
    for (PaletteEntry entry : PaletteEntry.ALL) {
      if (!entry.workload() && !peersShown) {
        Label peers = new Label("Peers");
        peers.getStyleClass().add("palette-heading");
        getChildren().add(peers);
        peersShown = true;
      }
      getChildren().add(button(entry, onAdd));
    }
  }

  private static Button button(PaletteEntry entry, Consumer<String> onAdd) {
    Button b = new Button(entry.label(), Glyphs.icon(Glyphs.forKey(entry.key()), 16));
    b.setId("palette-" + entry.key());
    b.getStyleClass().add("palette-entry");
    b.setMaxWidth(Double.MAX_VALUE);
    b.setAlignment(Pos.CENTER_LEFT);
    b.setFocusTraversable(false);
    b.setTooltip(new Tooltip("Click to add, or drag onto the canvas"));
    b.setOnAction(e -> onAdd.accept(entry.key()));
    b.setOnDragDetected(
        e -> {
          var board = b.startDragAndDrop(TransferMode.COPY);
          ClipboardContent content = new ClipboardContent();
          content.putString(CanvasView.DRAG_PREFIX + entry.key());
          board.setContent(content);
          e.consume();
        });
    return b;
  }
}
