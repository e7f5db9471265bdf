package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every --help text is whole sentences, and --version prints the version of the build. */
class HelpTextTest {
  private static final Pattern SENTENCE =
      Pattern.compile("^[A-Z*\"'].*[^ ,;:]\\.$", Pattern.DOTALL);

  private static List<picocli.CommandLine> all(picocli.CommandLine c) {
    List<picocli.CommandLine> out = new ArrayList<>(List.of(c));
    c.getSubcommands().values().forEach(s -> out.addAll(all(s)));
    return out;
  }

  @Test
  void everyDescriptionIsWholeSentencesEndingWithAFullStop() {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (picocli.CommandLine c : all(CommandLine.commands())) {
      CommandSpec spec = c.getCommandSpec();
      List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
      for (ArgSpec arg : spec.args()) {
        if (!arg.hidden()) {
          texts.add(String.join(" ", arg.description()));
        }
      }
      for (String t : texts) {
        checked++;
        if (!SENTENCE.matcher(t.strip()).matches()) {
          bad.add(spec.qualifiedName() + ": \"" + t + "\"");
        }
      }
    }
    assertTrue(checked > 60, "walked the commands: " + checked);
    assertEquals(List.of(), bad, "descriptions that are not whole sentences");
  }

  @Test
  void theHelpOfEveryCommandShowsEachDescriptionWhole() {
    for (picocli.CommandLine c : all(CommandLine.commands())) {
      // picocli wraps long words at dots and slashes too: compare without any white space
      String help = c.getUsageMessage().replaceAll("\\s+", "");
      CommandSpec spec = c.getCommandSpec();
      for (String d : spec.usageMessage().description()) {
        assertTrue(help.contains(d.replaceAll("\\s+", "")), spec.qualifiedName() + ": " + d);
      }
      for (ArgSpec arg : spec.args()) {
        if (!arg.hidden()) {
          String d = String.join(" ", arg.description()).replaceAll("\\s+", "");
          assertTrue(help.contains(d), spec.qualifiedName() + ": " + d + " in\n" + help);
        }
      }
    }
  }

  @Test
  void versionIsThePomVersionForTheRootAndEverySubcommand() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    Matcher parent =
        Pattern.compile("<parent>.*?<version>([^<]+)</version>", Pattern.DOTALL).matcher(pom);
    assertTrue(parent.find(), "the app pom names its parent's version");
    String expected = "Cilium Policy Designer " + parent.group(1);
    assertEquals(expected, CliRun.of("--version").out().strip());
    for (String sub : CommandLine.subcommandNames()) {
      CliRun run = CliRun.of(sub, "--version");
      assertEquals(0, run.exitCode(), sub + ": " + run.err());
      assertEquals(expected, run.out().strip(), sub);
    }
  }

  @Test
  void everyOptionValueIsNamedInCapitalsAsInTheOtherCommands() {
    List<String> bad = new ArrayList<>();
    for (picocli.CommandLine c : all(CommandLine.commands())) {
      for (ArgSpec arg : c.getCommandSpec().args()) {
        if (!arg.hidden() && arg.isOption() && arg.arity().max() > 0) {
          String label = arg.paramLabel();
          if (!label.matches("[A-Z][A-Z0-9_]*(?:[=\\[\\]/,.xX]+[A-Z0-9_.]*)*")) {
            bad.add(c.getCommandSpec().qualifiedName() + " " + label);
          }
        }
      }
    }
    assertEquals(List.of(), bad, "option values not named like FILE or DIR");
  }

  @Test
  void theModeOptionDoesNotSpeakOfADiagramAlone() {
    for (picocli.CommandLine c : all(CommandLine.commands())) {
      picocli.CommandLine.Model.OptionSpec mode = c.getCommandSpec().findOption("--mode");
      if (mode != null) {
        assertFalse(
            String.join(" ", mode.description()).contains("the diagram's mode flag"),
            c.getCommandSpec().qualifiedName());
      }
    }
  }

  @Test
  void theReadmeCommandTableHasARowForEverySubcommand() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (String sub : CommandLine.subcommandNames()) {
      assertTrue(readme.contains("| `./policy-designer " + sub + " "), sub + " in README.md");
    }
  }

  @Test
  void helpListsTheSubcommands() {
    StringWriter out = new StringWriter();
    int code =
        CommandLine.run(
            new String[] {"--help"},
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    for (String sub : CommandLine.subcommandNames()) {
      assertTrue(out.toString().contains("  " + sub + " "), sub + " in " + out);
    }
  }
}
