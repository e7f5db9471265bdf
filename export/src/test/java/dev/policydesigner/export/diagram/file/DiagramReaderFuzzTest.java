package dev.policydesigner.export.diagram.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.lint.DiagramChecks;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded mutations of the examples' diagram files: each reads as a diagram (which then
 * checks, derives and writes without failing) or is refused with a {@code file:line:column}
 * location, never with any other exception.
 */
class DiagramReaderFuzzTest {
  private static final int MUTATIONS = 10_000;
  private static final String NAME = "fuzz.flows.yaml";
  private static final Pattern LOCATED = Pattern.compile(Pattern.quote(NAME) + ":\\d+:\\d+: .+");
  private static final String[] SNIPPETS = {
    ":",
    ": ",
    "- ",
    "  ",
    "\t",
    "\n",
    "'",
    "\"",
    "#",
    "&a ",
    "*a",
    "!!str ",
    "!!java.io.File ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "|",
    ">",
    "?",
    "%",
    "@",
    "`",
    "\0",
    "\u2028",
    "\uFEFF",
    "~",
    "null",
    "true",
    "-1",
    "99999999999999999999",
    "1e309",
    ".inf",
    "0x1F",
    "#{ x }#",
    "#% if a %#",
    "}#",
    "..",
    "/",
    "\\",
    "é",
    "\uD83D\uDE00",
    "<<: *a",
    "--- ",
    "...",
    "x: [a, {b: c}]"
  };

  @Test
  void everyMutationReadsOrIsRefusedWithALocation() {
    List<String> sources =
        List.of(
            DiagramFileWriter.write(Examples.hubble()), DiagramFileWriter.write(Examples.rustfs()));
    Random random = new Random(14);
    int read = 0;
    int refused = 0;
    TemplateWriter writer = new TemplateWriter();
    for (int i = 0; i < MUTATIONS; i++) {
      String text = mutate(sources.get(i % sources.size()), random);
      try {
        Diagram d = DiagramFileReader.read(text, NAME);
        List<Problem> problems = DiagramChecks.of(d);
        if (problems.stream().noneMatch(Problem::isError)) {
          for (DerivedFile f : new PolicyDeriver().derive(d)) {
            writer.write(f);
          }
        }
        read++;
      } catch (DiagramFileException e) {
        assertFalse(e.details().isEmpty(), "mutation " + i);
        for (String detail : e.details()) {
          assertTrue(LOCATED.matcher(detail).matches(), "mutation " + i + ": " + detail);
        }
        refused++;
      } catch (RuntimeException | StackOverflowError e) {
        fail("mutation " + i + " failed with " + e + "\n--- text ---\n" + text, e);
      }
    }
    assertEquals(MUTATIONS, read + refused);
    assertTrue(read > 0 && refused > 0, "read " + read + ", refused " + refused);
  }

  private static String mutate(String source, Random random) {
    StringBuilder s = new StringBuilder(source);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(7)) {
        case 0 -> s.insert(at, SNIPPETS[random.nextInt(SNIPPETS.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(12)));
        case 2 -> s.setLength(at);
        case 3 -> swapLines(s, random);
        case 4 -> duplicateLine(s, random);
        case 5 -> replaceValue(s, random);
        default -> s.insert(at, (char) random.nextInt(0x80));
      }
    }
    return s.toString();
  }

  private static void swapLines(StringBuilder s, Random random) {
    String[] lines = s.toString().split("\n", -1);
    int a = random.nextInt(lines.length);
    int b = random.nextInt(lines.length);
    String t = lines[a];
    lines[a] = lines[b];
    lines[b] = t;
    s.setLength(0);
    s.append(String.join("\n", lines));
  }

  private static void duplicateLine(StringBuilder s, Random random) {
    String[] lines = s.toString().split("\n", -1);
    int a = random.nextInt(lines.length);
    s.insert(Math.min(s.length(), s.indexOf(lines[a]) + lines[a].length()), "\n" + lines[a]);
  }

  /** Replaces the value after a random {@code ": "} by a snippet. */
  private static void replaceValue(StringBuilder s, Random random) {
    int colon = s.indexOf(": ", random.nextInt(s.length()));
    if (colon < 0) {
      return;
    }
    int end = s.indexOf("\n", colon);
    s.replace(colon + 2, end < 0 ? s.length() : end, SNIPPETS[random.nextInt(SNIPPETS.length)]);
  }
}
