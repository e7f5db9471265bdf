package dev.policydesigner.app.cli;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.engine.DiagramSimulator;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.engine.Decision;
import dev.policydesigner.model.engine.Endpoint;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import dev.policydesigner.model.engine.Query;
import dev.policydesigner.model.engine.Traffic;
import dev.policydesigner.model.engine.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code simulate [DIAGRAM] [--repo DIR] --from A --to B --port N[/PROTO] [--values FILE] [--set
 * k=v]... [--mode audit|enforce]}.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
      "Answers whether traffic from one end would reach another on a port, from what the"
          + " templates render to: a diagram's (plus the other policies of --repo's checkout when"
          + " given), or a whole checkout's (--repo alone).",
      "Prints ALLOWED or DENIED on the first line, then every rule that decides it on both"
          + " sides, with its template file and line.",
      "An end is a node id of the diagram, pod:NAMESPACE[:key=value,...], entity:NAME,"
          + " ip:ADDRESS, cidr:RANGE, fqdn:NAME or service:NAMESPACE/NAME.",
      "Without --mode a checkout is simulated in the mode its values set, a diagram in enforce"
          + " mode.",
      "Exits with 0 either way, 2 on bad input."
    })
final class SimulateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIAGRAM", description = DiagramParameter.DESCRIPTION)
  String diagram;

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description =
          "A makejinja checkout (or a folder inside it) whose rendered policies are simulated;"
              + " with a DIAGRAM, beside the diagram's own templates.")
  Path repo;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "END",
      description = "The source of the traffic.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "END",
      description = "The destination of the traffic.")
  String to;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "N[/PROTO]",
      description =
          "The destination port, with its protocol when not TCP (e.g. 8081 or 53/UDP), or an"
              + " ICMP type (e.g. 8/ICMP).")
  String port;

  @Mixin ValuesOptions values;

  @Override
  public Integer call() {
    if (diagram == null && repo == null) {
      throw new UserInputException("give a DIAGRAM, --repo DIR, or both");
    }
    Traffic traffic = PortArgument.parse(port);
    Verdict verdict = diagram == null ? onRepo(traffic) : onDiagram(traffic);
    spec.commandLine().getOut().print(verdict.explanation());
    return ExitCodes.OK;
  }

  private Verdict onRepo(Traffic traffic) {
    RepoCheckout checkout = RepoEngines.open(repo);
    Map<String, Object> v = values.values(RepoEngines.repoValues(checkout), RepoEngines.MODE_FLAG);
    Endpoint source = EndpointArgument.parse("--from", from, null);
    Endpoint destination = EndpointArgument.parse("--to", to, null);
    PolicyEngine engine = RepoEngines.engine(RepoEngines.policies(checkout), v);
    Decision d =
        engine.decide(
            ((Endpoint.Of) source).identity(), ((Endpoint.Of) destination).identity(), traffic);
    List<String> notes = new ArrayList<>();
    notes.add("rendered in " + RepoEngines.modeOf(v).value() + " mode");
    engine.policies().problems().forEach(p -> notes.add(p.toString()));
    return new Verdict(List.of(d), notes, List.of());
  }

  private Verdict onDiagram(Traffic traffic) {
    Diagram d = DiagramParameter.load(diagram);
    CheckoutPolicies others = CheckoutPolicies.none();
    Map<String, Object> v;
    Mode mode;
    if (repo != null) {
      RepoCheckout checkout = RepoEngines.open(repo);
      others = RepoEngines.policies(checkout);
      v = values.values(RepoEngines.repoValues(checkout), d.settings().modeFlag());
      mode = values.mode().orElse(RepoEngines.modeOf(v));
    } else {
      v = values.values(ValuesSource.empty(), d.settings().modeFlag());
      mode = values.mode().orElse(Mode.ENFORCE);
    }
    Endpoint source = EndpointArgument.parse("--from", from, d);
    Endpoint destination = EndpointArgument.parse("--to", to, d);
    return DiagramSimulator.simulate(d, new Query(source, destination, traffic, mode, v), others);
  }
}
