package dev.policydesigner.app.simulate;

import dev.policydesigner.app.rendered.FlagToggle;
import dev.policydesigner.app.rendered.RenderFlags;
import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.DiagramSimulator;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Would {@code from} reach {@code to}?": a port, protocol, mode and flag values, and the policy
 * engine's answer for them over the diagram's rendered templates and the checkout's other policies.
 */
public final class AllowedQueryViewModel {
  private final Diagram diagram;
  private final CheckoutPolicies checkout;
  private String from;
  private String to;
  private final StringProperty port = new SimpleStringProperty("");
  private final ObjectProperty<Protocol> protocol = new SimpleObjectProperty<>(Protocol.TCP);
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.ENFORCE);
  private final ObservableList<FlagToggle> flags = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");

  /** A question between two nodes of a diagram alone, flags starting at {@code repoValues}. */
  public AllowedQueryViewModel(
      Diagram diagram, String from, String to, Map<String, Object> repoValues) {
    this(diagram, from, to, repoValues, CheckoutPolicies.none());
  }

  /**
   * A question between two nodes, with flags starting at {@code repoValues} (else on), answered
   * over the diagram's templates and {@code checkout}'s other policies.
   */
  public AllowedQueryViewModel(
      Diagram diagram,
      String from,
      String to,
      Map<String, Object> repoValues,
      CheckoutPolicies checkout) {
    this.diagram = diagram;
    this.checkout = checkout;
    this.from = from;
    this.to = to;
    RenderFlags.of(diagram, repoValues).forEach((k, v) -> flags.add(new FlagToggle(k, v)));
    prefillPort();
  }

  private void prefillPort() {
    for (Flow f : diagram.flows()) {
      if (f.from().equals(from) && f.to().equals(to) && !f.ports().isEmpty()) {
        port.set(Integer.toString(f.ports().get(0).port()));
        protocol.set(f.ports().get(0).protocol());
        return;
      }
    }
    diagram
        .workload(to)
        .filter(w -> !w.ports().isEmpty())
        .ifPresent(
            w -> {
              port.set(Integer.toString(w.ports().get(0).port()));
              protocol.set(w.ports().get(0).protocol());
            });
  }

  /** Asks the simulator; false (with the reason as explanation) when the port is not valid. */
  public boolean ask() {
    int p;
    try {
      p = Integer.parseInt(port.get().strip());
    } catch (NumberFormatException e) {
      p = -1;
    }
    if (p < 1 || p > 65535) {
      headline.set("");
      explanation.set("Enter a port between 1 and 65535.");
      return false;
    }
    Query q =
        Query.of(Endpoint.node(from), Endpoint.node(to), Traffic.of(p, protocol.get()))
            .withMode(mode.get());
    for (FlagToggle f : flags) {
      q = q.withFlag(f.name(), f.onProperty().get());
    }
    Verdict v = DiagramSimulator.simulate(diagram, q, checkout);
    headline.set(v.headline());
    String text = v.explanation();
    explanation.set(answerFirst(text.substring(text.indexOf('\n') + 1)));
    return true;
  }

  /**
   * The explanation with its notes on the render (one for every templated value that rendered
   * empty, say) after the answer of both sides, which would otherwise scroll out of view.
   */
  static String answerFirst(String explanation) {
    StringBuilder answer = new StringBuilder();
    StringBuilder notes = new StringBuilder();
    for (String line : explanation.split("\n")) {
      (line.startsWith("note: ") ? notes : answer).append(line).append('\n');
    }
    return answer.append(notes).toString().stripTrailing();
  }

  /** Asks the other way round. */
  public void swap() {
    String f = from;
    from = to;
    to = f;
    ask();
  }

  /** "hubble-ui → hubble-relay", for the dialog's header. */
  public String question() {
    return "Would " + name(from) + " → " + name(to) + " be allowed?";
  }

  private String name(String id) {
    return diagram.node(id).map(n -> n.name()).orElse(id);
  }

  public StringProperty portProperty() {
    return port;
  }

  public ObjectProperty<Protocol> protocolProperty() {
    return protocol;
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  public ObservableList<FlagToggle> flags() {
    return flags;
  }

  /** ALLOWED, DENIED, UNKNOWN, or empty before asking or when the input is not valid. */
  public ReadOnlyStringProperty headlineProperty() {
    return headline.getReadOnlyProperty();
  }

  /** The reasons, one per line. */
  public ReadOnlyStringProperty explanationProperty() {
    return explanation.getReadOnlyProperty();
  }
}
