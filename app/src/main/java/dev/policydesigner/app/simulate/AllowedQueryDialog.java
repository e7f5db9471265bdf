package dev.policydesigner.app.simulate;

import dev.policydesigner.app.rendered.FlagToggle;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.engine.Mode;
import javafx.beans.Observable;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** The simulator's question as a small dialog; the answer follows every change of the inputs. */
public final class AllowedQueryDialog extends Dialog<Void> {
  private final AllowedQueryViewModel model;
  private final Label headline = new Label();

  public AllowedQueryDialog(Window owner, AllowedQueryViewModel model) {
    this.model = model;
    initOwner(owner);
    initModality(Modality.WINDOW_MODAL);
    setTitle("Would this be allowed?");
    setHeaderText(model.question());
    setResizable(true);
    getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    getDialogPane().getStyleClass().add("allowed-dialog");
    getDialogPane().setContent(content());
    getDialogPane().setPrefWidth(620);
    model.ask();
  }

  private VBox content() {
    TextField port = new TextField();
    port.setId("allowed-port");
    port.setPrefColumnCount(6);
    port.textProperty().bindBidirectional(model.portProperty());
    ComboBox<Protocol> protocol = new ComboBox<>();
    protocol.getItems().addAll(Protocol.values());
    protocol.setId("allowed-protocol");
    protocol.valueProperty().bindBidirectional(model.protocolProperty());
    GridPane inputs = new GridPane();
    inputs.setHgap(8);
    inputs.setVgap(6);
    inputs.addRow(0, new Label("Port"), port, new Label("Protocol"), protocol);
    javafx.scene.control.Button swap = new javafx.scene.control.Button("Swap direction");
    swap.setId("allowed-swap");
    swap.setOnAction(
        e -> {
          model.swap();
          setHeaderText(model.question());
        });
    inputs.addRow(1, new Label("Mode"), modeSwitch());
    GridPane.setColumnSpan(inputs.getChildren().get(inputs.getChildren().size() - 1), 2);
    inputs.add(swap, 3, 1);
    FlowPane flags = new FlowPane(12, 4);
    for (FlagToggle f : model.flags()) {
      CheckBox box = new CheckBox(f.name());
      box.setMnemonicParsing(false);
      box.setId("allowed-flag-" + f.name());
      box.selectedProperty().bindBidirectional(f.onProperty());
      flags.getChildren().add(box);
      f.onProperty().addListener(this::inputChanged);
    }
    flags.setPrefWrapLength(580);
    headline.setId("allowed-headline");
    headline.getStyleClass().add("verdict-headline");
    TextArea explanation = new TextArea();
    explanation.setId("allowed-explanation");
    explanation.getStyleClass().add("verdict-explanation");
    explanation.setEditable(false);
    explanation.setWrapText(true);
    explanation.setPrefRowCount(9);
    explanation.textProperty().bind(model.explanationProperty());
    model.headlineProperty().addListener((o, a, h) -> showHeadline(h));
    model.portProperty().addListener(this::inputChanged);
    model.protocolProperty().addListener(this::inputChanged);
    model.modeProperty().addListener(this::inputChanged);
    Label flagsHeading = new Label("Flags");
    return new VBox(8, inputs, flagsHeading, flags, headline, explanation);
  }

  private HBox modeSwitch() {
    ToggleGroup group = new ToggleGroup();
    HBox box = new HBox();
    box.getStyleClass().add("mode-switch");
    for (Mode m : Mode.values()) {
      ToggleButton b = new ToggleButton(m == Mode.AUDIT ? "Audit" : "Enforce");
      b.setId("allowed-mode-" + m.value());
      b.setToggleGroup(group);
      b.setSelected(model.modeProperty().get() == m);
      b.setOnAction(
          e -> {
            b.setSelected(true);
            model.modeProperty().set(m);
          });
      box.getChildren().add(b);
    }
    return box;
  }

  private void inputChanged(Observable o) {
    model.ask();
  }

  private void showHeadline(String h) {
    headline.setText(h);
    headline.getStyleClass().removeAll("verdict-allowed", "verdict-denied");
    if ("ALLOWED".equals(h)) {
      headline.getStyleClass().add("verdict-allowed");
    } else if ("DENIED".equals(h)) {
      headline.getStyleClass().add("verdict-denied");
    }
  }

  /** The answer shown. */
  public String headline() {
    return headline.getText();
  }
}
