package dev.policydesigner.app.cli;

import dev.policydesigner.export.hubble.HubbleFlowReader;
import dev.policydesigner.export.hubble.HubbleReadResult;
import dev.policydesigner.export.hubble.ObservationReportJson;
import dev.policydesigner.export.hubble.ObservationReportText;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.observe.ObservationMatcher;
import dev.policydesigner.model.observe.ObservationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observe DIAGRAM --flows FILE [--format text|json]}: Hubble flows against the graph. */
@Command(
    name = "observe",
    mixinStandardHelpOptions = true,
    description = {
      "Compares observed traffic (the JSON lines of 'hubble observe -o json') with the flows.",
      "Reports the traffic seen on each flow, traffic without a flow (candidates for new flows)"
          + " and flows never observed."
    })
final class ObserveCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramParameter diagram;

  @Option(
      names = "--flows",
      required = true,
      paramLabel = "FILE",
      description = "The output of hubble observe -o json, one JSON object a line.")
  Path flows;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Text (the default) or json.")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new UserInputException("--format must be text or json, not '" + format + "'");
    }
    Diagram d = diagram.load();
    if (!Files.isRegularFile(flows)) {
      throw new UserInputException(
          flows + ": no such file (give the output of hubble observe -o json)");
    }
    HubbleReadResult read;
    try {
      read = new HubbleFlowReader().read(flows);
    } catch (IOException e) {
      throw new UserInputException(flows + ": cannot be read: " + e.getMessage());
    }
    read.problems().forEach(p -> spec.commandLine().getErr().println("warning: " + p));
    ObservationReport report = new ObservationMatcher().match(d, read.flows());
    spec.commandLine()
        .getOut()
        .print(
            format.equals("json")
                ? ObservationReportJson.write(report)
                : ObservationReportText.write(report));
    return ExitCodes.OK;
  }
}
