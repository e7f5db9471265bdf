package dev.policydesigner.export.walkthrough;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.example.Examples;
import dev.policydesigner.model.walkthrough.Walkthrough.Order;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.xml.sax.InputSource;

class WalkthroughMarkdownWriterTest {
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");
  private final WalkthroughMarkdownWriter writer = new WalkthroughMarkdownWriter();

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Order.class)
  void referencesImagesThatExistAndAreWellFormedSvg(Order order) throws Exception {
    writer.write(Examples.hubble(), order, dir);

    List<String> links = imageLinks(Files.readString(dir.resolve("walkthrough.md")));
    assertEquals(7, links.size());
    assertEquals("images/overview.svg", links.get(0));
    assertEquals("images/step-01.svg", links.get(1));
    for (String link : links) {
      assertFalse(Path.of(link).isAbsolute(), link);
      Path image = dir.resolve(link);
      assertTrue(Files.size(image) > 0, link);
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(Files.readString(image))));
    }
  }

  @Test
  void writesOneSectionPerStepWithHeadingNarrationAndTemplateLines() throws Exception {
    writer.write(Examples.hubble(), Order.DIAGRAM, dir);
    String md = Files.readString(dir.resolve("walkthrough.md"));

    assertTrue(md.startsWith("# Walkthrough: hubble\n\n"));
    assertTrue(md.contains(Examples.hubble().description()));
    assertTrue(md.contains("\n## 1. Envoy Gateway internal → Hubble UI\n"));
    assertTrue(md.contains("\n## 6. Hubble Relay → Cilium agents\n"));
    String step3 = section(md, "## 3. ", "## 4. ");
    assertTrue(step3.contains("Query Hubble Relay for flow data"));
    assertTrue(
        step3.contains(
            "**Becomes:** egress rule in `hubble-ui`, ingress rule in `hubble-relay`, TCP 4245,"
                + " only when `hubble_enabled`\n"));
    assertEquals(1, count(step3, "```jinja\n"), "both rules are in one file: one block");
    assertTrue(step3.contains("    #| Query Hubble Relay for flow data #|\n"));
    assertTrue(step3.contains("    #| Hubble UI queries flow data #|\n"));
    assertTrue(step3.contains("hubble-ui.yaml.j2`, lines "));
    assertTrue(step3.contains(" (`hubble-ui` egress) and "), step3);
    assertTrue(step3.contains(" (`hubble-relay` ingress):\n"), step3);
    assertFalse(md.contains("\n\n\n"), "no double blank lines");
  }

  @Test
  void writesTheSameFilesEveryTime(@TempDir Path other) throws Exception {
    List<Path> first = writer.write(Examples.rustfs(), Order.PER_SUBJECT, dir);
    writer.write(Examples.rustfs(), Order.PER_SUBJECT, other);

    assertEquals(12, first.size());
    for (Path p : first) {
      Path twin = other.resolve(dir.toAbsolutePath().relativize(p));
      assertEquals(Files.readString(p), Files.readString(twin), p.toString());
    }
  }

  @Test
  void removesStepImagesOfAnEarlierLongerWalkthrough() throws Exception {
    Diagram hubble = Examples.hubble();
    writer.write(hubble, Order.DIAGRAM, dir);
    List<Flow> fewer = new ArrayList<>(hubble.flows().subList(0, 4));

    writer.write(hubble.withFlows(fewer), Order.DIAGRAM, dir);

    assertTrue(Files.exists(dir.resolve("images/step-04.svg")));
    assertFalse(Files.exists(dir.resolve("images/step-05.svg")));
    assertFalse(Files.exists(dir.resolve("images/step-06.svg")));
  }

  @Test
  void refusesAnOutputThatIsAFile() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.txt"), "keep me");

    WalkthroughExportException e =
        assertThrows(
            WalkthroughExportException.class,
            () -> writer.write(Examples.hubble(), Order.DIAGRAM, file));
    assertTrue(e.getMessage().contains("notes.txt is a file"), e.getMessage());
    assertEquals("keep me", Files.readString(file));
  }

  static List<String> imageLinks(String markdown) {
    List<String> links = new ArrayList<>();
    Matcher m = IMAGE.matcher(markdown);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  private static String section(String md, String start, String end) {
    int from = md.indexOf(start);
    int to = md.indexOf(end, from);
    return md.substring(from, to < 0 ? md.length() : to);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
