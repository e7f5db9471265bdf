package dev.policydesigner.app.cli;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.simulate.Endpoint;
import dev.policydesigner.model.simulate.Mode;
import dev.policydesigner.model.simulate.Query;
import dev.policydesigner.model.simulate.Simulator;
import dev.policydesigner.model.simulate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simulate DIAGRAM --from NODE --to NODE --port N[/PROTO] [--mode audit|enforce] [--set
 * flag=value]...}.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Would FROM reach TO on this port? Prints ALLOWED or DENIED on the first line, then the",
      "rules responsible on both sides. NODE: a node id, pod:NAMESPACE[:key=value,...],",
      "entity:NAME or ip:ADDRESS. Exit 0 either way, 2 on bad input."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIAGRAM", description = "a *.flows.yaml file or example:hubble|rustfs")
  String diagram;

  @Option(names = "--from", required = true, paramLabel = "NODE", description = "the source")
  String from;

  @Option(names = "--to", required = true, paramLabel = "NODE", description = "the destination")
  String to;

  @Option(names = "--port", required = true, paramLabel = "N[/PROTO]", description = "e.g. 8081")
  String port;

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      defaultValue = "enforce",
      description = "audit or enforce (default)")
  String mode;

  @Option(names = "--set", paramLabel = "FLAG=VALUE", description = "a flag value for guards")
  List<String> sets = new ArrayList<>();

  @Override
  public Integer call() {
    Diagram d = DiagramArgument.load(diagram);
    Endpoint source = EndpointArgument.parse("--from", from, d);
    Endpoint destination = EndpointArgument.parse("--to", to, d);
    PortArgument p = PortArgument.parse(port);
    Mode m = RenderValues.parseMode(mode);
    Query query = Query.of(source, destination, p.port()).withProtocol(p.protocol()).withMode(m);
    for (String set : sets) {
      int eq = set.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException(
            "--set " + set + ": not of the form flag=value (e.g. loki_enabled=true)");
      }
      query = query.withValue(set.substring(0, eq).strip(), value(set.substring(eq + 1).strip()));
    }
    Verdict verdict = Simulator.simulate(d, query);
    String explanation = verdict.explanation();
    if (!explanation.startsWith(verdict.headline() + "\n")) {
      explanation = verdict.headline() + "\n" + explanation;
    }
    spec.commandLine().getOut().print(explanation);
    return ExitCodes.OK;
  }

  /** {@code true} / {@code false} as booleans, whole numbers as numbers, anything else as text. */
  private static Object value(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return Boolean.parseBoolean(lower);
    }
    if (text.matches("-?[0-9]{1,9}")) {
      return Integer.parseInt(text);
    }
    return text;
  }
}
