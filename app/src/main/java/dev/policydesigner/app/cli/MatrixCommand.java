package dev.policydesigner.app.cli;

import dev.policydesigner.app.report.MatrixFormats;
import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.DiagramEngine;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.engine.ConnectivityMatrix;
import dev.policydesigner.model.engine.Identities;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matrix (DIAGRAM | --repo DIR) [--values FILE] [--set k=v]... [--mode] [--format]}. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    description = {
      "Prints who reaches whom: every identity the rendered policies name (their subjects and"
          + " peers) against every other, with the ports allowed end to end.",
      "Pairs with nothing allowed are left out of the text, JSON and CSV forms; Markdown shows a"
          + " grid for up to 20 identities.",
      "Without --mode a checkout is rendered in the mode its values set, a diagram in enforce"
          + " mode."
    })
final class MatrixCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("text", "json", "markdown", "csv");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramOrRepo source;

  @Mixin ValuesOptions values;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Text (the default), json, markdown or csv.")
  String format;

  @Override
  public Integer call() {
    if (!FORMATS.contains(format)) {
      throw new UserInputException(
          "unknown --format '" + format + "': choose " + String.join(", ", FORMATS));
    }
    PolicyEngine engine;
    Mode mode;
    if (source.isDiagram()) {
      Diagram d = source.loadDiagram();
      Map<String, Object> v = values.values(ValuesSource.empty(), d.settings().modeFlag());
      mode = values.mode().orElse(Mode.ENFORCE);
      engine = DiagramEngine.of(d, mode, v, CheckoutPolicies.none()).engine();
    } else {
      RepoCheckout checkout = RepoEngines.open(source.repo);
      Map<String, Object> v =
          values.values(RepoEngines.repoValues(checkout), RepoEngines.MODE_FLAG);
      mode = RepoEngines.modeOf(v);
      engine = RepoEngines.engine(RepoEngines.policies(checkout), v);
    }
    ConnectivityMatrix m = ConnectivityMatrix.of(engine, Identities.of(engine.policies()));
    String title = "Connectivity in " + mode.value() + " mode";
    spec.commandLine().getOut().print(MatrixFormats.render(format, m, title));
    return ExitCodes.OK;
  }
}
