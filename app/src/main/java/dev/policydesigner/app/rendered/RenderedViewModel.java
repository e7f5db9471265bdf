package dev.policydesigner.app.rendered;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.template.TemplateViewModel;
import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.RenderException;
import dev.policydesigner.export.preview.ValuesException;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.model.engine.Mode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The template of the Template tab rendered with makejinja's semantics, for a mode and flag values
 * that start at the repo's values (or on) and that the user can switch; re-rendered after every
 * edit.
 */
public final class RenderedViewModel {
  private final Document document;
  private final TemplateViewModel template;
  private final MakejinjaRenderer renderer = new MakejinjaRenderer();
  private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.AUDIT);
  private final ObservableList<FlagToggle> flags = FXCollections.observableArrayList();
  private final Map<String, Boolean> chosen = new HashMap<>();
  private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private Map<String, Object> repoValues = Map.of();

  public RenderedViewModel(Document document, TemplateViewModel template) {
    this.document = document;
    this.template = template;
    document.repoProperty().addListener((o, a, r) -> repoChanged(r));
    document.diagramProperty().addListener((o, a, d) -> updateFlags());
    template.textProperty().addListener((o, a, t) -> render());
    mode.addListener((o, a, m) -> render());
    repoChanged(document.repoProperty().get());
  }

  private void repoChanged(Path repo) {
    repoValues = Map.of();
    status.set("");
    if (repo != null) {
      try {
        repoValues = ValuesSource.ofRepo(repo).values();
      } catch (ValuesException e) {
        status.set(e.getMessage());
      }
      Object m = repoValues.get(document.current().settings().modeFlag());
      Mode.parse(m == null ? "" : m.toString()).ifPresent(mode::set);
    }
    chosen.clear();
    flags.clear();
    updateFlags();
  }

  private void updateFlags() {
    Map<String, Boolean> defaults = RenderFlags.of(document.current(), repoValues);
    List<String> shown = flags.stream().map(FlagToggle::name).toList();
    if (!shown.equals(List.copyOf(defaults.keySet()))) {
      flags.forEach(f -> chosen.put(f.name(), f.onProperty().get()));
      flags.setAll(
          defaults.entrySet().stream()
              .map(e -> new FlagToggle(e.getKey(), chosen.getOrDefault(e.getKey(), e.getValue())))
              .toList());
      flags.forEach(f -> f.onProperty().addListener((o, a, b) -> render()));
    }
    render();
  }

  private void render() {
    Map<String, Object> values = new LinkedHashMap<>(repoValues);
    flags.forEach(f -> values.put(f.name(), f.onProperty().get()));
    values.put(document.current().settings().modeFlag(), mode.get().value());
    if (template.pathProperty().get().isEmpty()) {
      text.set(template.textProperty().get());
      return;
    }
    try {
      String out = renderer.render(template.textProperty().get(), values);
      text.set(out.isBlank() ? "# renders empty with these values" : out);
    } catch (RenderException e) {
      text.set("The template cannot be rendered: " + e.getMessage());
    }
  }

  public ObjectProperty<Mode> modeProperty() {
    return mode;
  }

  /** The flags, in the order of the diagram's conditions, then the repo's values. */
  public ObservableList<FlagToggle> flags() {
    return flags;
  }

  /** The flag with this name, if shown. */
  public java.util.Optional<FlagToggle> flag(String name) {
    return flags.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** The rendered text. */
  public ReadOnlyStringProperty textProperty() {
    return text.getReadOnlyProperty();
  }

  /** The values of the repo's {@code cluster.yaml} (or sample), empty when there is none. */
  public Map<String, Object> repoValues() {
    return repoValues;
  }

  /** Why the repo's values could not be read, or empty. */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty pathProperty() {
    return template.pathProperty();
  }
}
