package dev.policydesigner.app.rendered;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.lint.FlagNames;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The on/off flags a preview offers: every flag the diagram's conditions and guards test, then
 * every true/false value of the repo's values; each defaults to the repo's value, else on.
 */
public final class RenderFlags {
  private RenderFlags() {}

  /** The flags of {@code diagram} with their defaults from {@code repoValues} (else on). */
  public static Map<String, Boolean> of(Diagram diagram, Map<String, Object> repoValues) {
    Map<String, Boolean> flags = new LinkedHashMap<>();
    for (String name : FlagNames.of(diagram).names()) {
      Object v = repoValues.get(name);
      flags.put(name, v instanceof Boolean b ? b : true);
    }
    repoValues.forEach(
        (k, v) -> {
          if (v instanceof Boolean b) {
            flags.putIfAbsent(k, b);
          }
        });
    flags.remove(diagram.settings().modeFlag());
    return flags;
  }
}
