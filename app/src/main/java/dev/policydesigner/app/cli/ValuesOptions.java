package dev.policydesigner.app.cli;

import dev.policydesigner.export.preview.ValuesException;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.model.engine.Mode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The values templates are rendered or simulated with: {@code --values FILE}, {@code --set
 * KEY=VALUE}… and {@code --mode audit|enforce} (a picocli mixin).
 */
final class ValuesOptions {
  @Option(
      names = "--values",
      paramLabel = "FILE",
      description =
          "A values YAML file, such as a checkout's cluster.yaml. Without it a checkout's own"
              + " cluster.yaml (or cluster.sample.yaml) is read, and a diagram has no values.")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description =
          "Sets one value, read as YAML (e.g. loki_enabled=true); may be repeated, the last one"
              + " wins.")
  List<String> sets = new ArrayList<>();

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description =
          "Audit or enforce: the value of the mode flag for this run (network_policies_mode, or"
              + " the flag a diagram's settings name).")
  String mode;

  /**
   * The values file if given, else {@code fallback}; then the {@code --set}s in order, then the
   * mode as {@code modeFlag=audit|enforce}.
   */
  Map<String, Object> values(ValuesSource fallback, String modeFlag) {
    try {
      ValuesSource source = fallback;
      if (file != null) {
        if (!Files.isRegularFile(file)) {
          throw new UserInputException(file + ": no such values file (give a YAML file)");
        }
        source = ValuesSource.ofFile(file);
      }
      source = source.withOverrides(sets);
      Optional<Mode> m = mode();
      if (m.isPresent()) {
        source = source.with(modeFlag, m.get().value());
      }
      return source.values();
    } catch (ValuesException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** The {@code --mode}, if given. */
  Optional<Mode> mode() {
    if (mode == null) {
      return Optional.empty();
    }
    return Optional.of(
        Mode.parse(mode)
            .orElseThrow(
                () ->
                    new UserInputException(
                        "unknown --mode '" + mode + "': choose audit or enforce")));
  }
}
