package dev.policydesigner.app.cli;

import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.simulate.Endpoint;
import dev.policydesigner.model.simulate.Mode;
import dev.policydesigner.model.simulate.Query;
import dev.policydesigner.model.simulate.Simulator;
import dev.policydesigner.model.simulate.Verdict;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code simulate DIAGRAM --from NODE --to NODE --port N[/PROTO] [--mode audit|enforce] [--set
 * flag=value]...}.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Answers whether traffic from one NODE would reach another on a port: prints ALLOWED or"
          + " DENIED on the first line, then the rules responsible on both sides.",
      "A NODE is a node id, pod:NAMESPACE[:key=value,...], entity:NAME or ip:ADDRESS.",
      "Without --mode it simulates enforce mode.",
      "Exits with 0 either way, 2 on bad input."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin DiagramParameter diagram;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "NODE",
      description = "The source of the traffic.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "NODE",
      description = "The destination of the traffic.")
  String to;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "N[/PROTO]",
      description = "The destination port, with its protocol when not TCP (e.g. 8081 or 53/UDP).")
  String port;

  @Mixin ValuesOptions values;

  @Override
  public Integer call() {
    Diagram d = diagram.load();
    Endpoint source = EndpointArgument.parse("--from", from, d);
    Endpoint destination = EndpointArgument.parse("--to", to, d);
    PortArgument p = PortArgument.parse(port);
    Mode m = values.mode().orElse(Mode.ENFORCE);
    Query query = Query.of(source, destination, p.port()).withProtocol(p.protocol()).withMode(m);
    for (Map.Entry<String, Object> v :
        values.values(ValuesSource.empty(), d.settings().modeFlag()).entrySet()) {
      query = query.withValue(v.getKey(), v.getValue());
    }
    Verdict verdict = Simulator.simulate(d, query);
    String explanation = verdict.explanation();
    if (!explanation.startsWith(verdict.headline() + "\n")) {
      explanation = verdict.headline() + "\n" + explanation;
    }
    spec.commandLine().getOut().print(explanation);
    return ExitCodes.OK;
  }
}
