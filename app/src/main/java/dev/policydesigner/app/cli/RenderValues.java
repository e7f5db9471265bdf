package dev.policydesigner.app.cli;

import dev.policydesigner.export.preview.ValuesException;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.model.simulate.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The values of {@code render}: a values file (or a default), {@code --set}s, {@code --mode}. */
final class RenderValues {
  private RenderValues() {}

  /**
   * {@code valuesFile} if given, else {@code fallback}; then the overrides in order, then the mode
   * as {@code modeFlag=audit|enforce}.
   */
  static Map<String, Object> of(
      Path valuesFile, ValuesSource fallback, List<String> sets, String mode, String modeFlag) {
    try {
      ValuesSource source = fallback;
      if (valuesFile != null) {
        if (!Files.isRegularFile(valuesFile)) {
          throw new UserInputException(valuesFile + ": no such values file (give a YAML file)");
        }
        source = ValuesSource.ofFile(valuesFile);
      }
      source = source.withOverrides(sets);
      if (mode != null) {
        source = source.with(modeFlag, parseMode(mode).value());
      }
      return source.values();
    } catch (ValuesException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  static Mode parseMode(String mode) {
    return Mode.parse(mode)
        .orElseThrow(
            () -> new UserInputException("unknown --mode '" + mode + "': choose audit or enforce"));
  }
}
