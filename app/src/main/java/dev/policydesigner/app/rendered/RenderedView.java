package dev.policydesigner.app.rendered;

import dev.policydesigner.app.template.HighlightedText;
import dev.policydesigner.model.engine.Mode;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The rendered policy with the mode switch and the flag checkboxes beside it. */
public final class RenderedView extends BorderPane {
  private final HighlightedText flow = new HighlightedText("rendered-text");
  private final VBox flagBoxes = new VBox(4);

  public RenderedView(RenderedViewModel model) {
    getStyleClass().add("rendered-view");
    Label path = new Label();
    path.getStyleClass().add("template-path");
    path.textProperty()
        .bind(
            model
                .pathProperty()
                .concat(" — rendered as makejinja would")
                .concat(model.statusProperty()));
    ScrollPane text = new ScrollPane(flow);
    text.getStyleClass().add("template-scroll");
    setTop(path);
    setCenter(text);
    setLeft(controls(model));
    model.textProperty().addListener((o, a, t) -> show(t));
    show(model.textProperty().get());
  }

  private ScrollPane controls(RenderedViewModel model) {
    ToggleGroup group = new ToggleGroup();
    ToggleButton audit = modeButton("Audit", Mode.AUDIT, group, model);
    ToggleButton enforce = modeButton("Enforce", Mode.ENFORCE, group, model);
    group.selectToggle(model.modeProperty().get() == Mode.AUDIT ? audit : enforce);
    model
        .modeProperty()
        .addListener((o, a, m) -> group.selectToggle(m == Mode.AUDIT ? audit : enforce));
    group
        .selectedToggleProperty()
        .addListener(
            (o, a, t) -> {
              if (t == null) {
                group.selectToggle(a);
              } else {
                model.modeProperty().set((Mode) t.getUserData());
              }
            });
    HBox modes = new HBox(audit, enforce);
    modes.getStyleClass().add("mode-switch");
    Label flagsHeading = new Label("Flags");
    flagsHeading.getStyleClass().add("palette-heading");
    model.flags().addListener((ListChangeListener<FlagToggle>) c -> showFlags(model));
    showFlags(model);
    Label modeHeading = new Label("Mode");
    modeHeading.getStyleClass().add("palette-heading");
    VBox box = new VBox(6, modeHeading, modes, flagsHeading, flagBoxes);
    box.getStyleClass().add("render-controls");
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("render-controls-scroll");
    return scroll;
  }

  private static ToggleButton modeButton(
      String text, Mode mode, ToggleGroup group, RenderedViewModel model) {
    ToggleButton b = new ToggleButton(text);
    b.setId("render-mode-" + mode.value());
    b.setUserData(mode);
    b.setToggleGroup(group);
    return b;
  }

  private void showFlags(RenderedViewModel model) {
    flagBoxes.getChildren().clear();
    for (FlagToggle f : model.flags()) {
      CheckBox box = new CheckBox(f.name());
      box.setMnemonicParsing(false);
      box.setId("render-flag-" + f.name());
      box.selectedProperty().bindBidirectional(f.onProperty());
      flagBoxes.getChildren().add(box);
    }
  }

  private void show(String text) {
    flow.show(text);
  }

  /** The plain text shown. */
  public String text() {
    return flow.text();
  }
}
