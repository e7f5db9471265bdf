package dev.policydesigner.app.cli;

import dev.policydesigner.app.report.DiffFormats;
import dev.policydesigner.app.report.DiffSection;
import dev.policydesigner.export.repo.GitRevision;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.engine.ConnectivityDiff;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OLD_DIR NEW_DIR | diff --repo DIR --base REV}, with values and a format. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares what two versions of a checkout allow: the connections added and removed, in"
          + " audit and in enforce mode (or the --mode given), with the rules responsible.",
      "Give two checkouts (OLD_DIR NEW_DIR), or one checkout and the git revision to compare it"
          + " with (--repo DIR --base REV, read with git archive).",
      "Each checkout is rendered with its own cluster.yaml unless --values is given.",
      "Exits with 0 when no connection changes, 1 when some do, 2 on bad input."
    })
final class DiffCommand implements Callable<Integer> {
  private static final List<String> FORMATS = List.of("text", "json", "markdown");

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "0..2",
      paramLabel = "DIR",
      description = "The old and the new checkout (the folders holding templates/).")
  List<Path> dirs = new ArrayList<>();

  @Option(
      names = "--repo",
      paramLabel = "DIR",
      description = "The checkout to compare with an earlier revision of itself.")
  Path repo;

  @Option(
      names = "--base",
      paramLabel = "REV",
      description = "The git revision to compare --repo with (e.g. main or HEAD~1).")
  String base;

  @Mixin ValuesOptions values;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Text (the default), json, or markdown for a pull-request comment.")
  String format;

  @Override
  public Integer call() {
    if (!FORMATS.contains(format)) {
      throw new UserInputException(
          "unknown --format '" + format + "': choose " + String.join(", ", FORMATS));
    }
    List<DiffSection> sections;
    if (repo != null || base != null) {
      if (repo == null || base == null || !dirs.isEmpty()) {
        throw new UserInputException("give --repo DIR and --base REV together, without DIRs");
      }
      RepoCheckout now = RepoEngines.open(repo);
      try (GitRevision before = GitRevision.of(now.root(), base)) {
        sections = compare(RepoEngines.open(before.checkout()), now);
      } catch (RepoException e) {
        throw new UserInputException("--base " + base + ": " + e.getMessage());
      }
    } else if (dirs.size() == 2) {
      sections = compare(RepoEngines.open(dirs.get(0)), RepoEngines.open(dirs.get(1)));
    } else {
      throw new UserInputException("give OLD_DIR NEW_DIR, or --repo DIR --base REV");
    }
    spec.commandLine().getOut().print(DiffFormats.render(format, sections));
    boolean changed = sections.stream().anyMatch(d -> !d.diff().isEmpty());
    return changed ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  private List<DiffSection> compare(RepoCheckout before, RepoCheckout after) {
    List<DiffSection> sections = new ArrayList<>();
    List<Mode> modes = values.mode().map(List::of).orElse(List.of(Mode.AUDIT, Mode.ENFORCE));
    var oldFiles = RepoEngines.policies(before);
    var newFiles = RepoEngines.policies(after);
    for (Mode mode : modes) {
      PolicyEngine old = RepoEngines.engine(oldFiles, values(before, mode));
      PolicyEngine now = RepoEngines.engine(newFiles, values(after, mode));
      sections.add(new DiffSection(mode, valueSet(), ConnectivityDiff.between(old, now)));
    }
    return sections;
  }

  private Map<String, Object> values(RepoCheckout checkout, Mode mode) {
    Map<String, Object> v =
        new HashMap<>(values.values(RepoEngines.repoValues(checkout), RepoEngines.MODE_FLAG));
    v.put(RepoEngines.MODE_FLAG, mode.value());
    return v;
  }

  private String valueSet() {
    String name = values.file == null ? "cluster.yaml" : values.file.getFileName().toString();
    return values.sets.isEmpty() ? name : name + " with " + String.join(", ", values.sets);
  }
}
