package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkthroughCommandTest {
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

  @TempDir Path dir;

  @Test
  void writesTheMarkdownAndEveryImageItLinks() throws Exception {
    Path out = dir.resolve("docs/walkthrough");
    CliRun run = CliRun.of("walkthrough", "example:hubble", "--out", out.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().contains("walkthrough.md and 7 images"), run.err());
    String md = Files.readString(out.resolve("walkthrough.md"));
    List<String> links = links(md);
    assertEquals(7, links.size());
    for (String link : links) {
      assertTrue(Files.size(out.resolve(link)) > 0, link);
    }
  }

  @Test
  void ordersTheStepsPerSubjectWhenAsked() throws Exception {
    CliRun run =
        CliRun.of("walkthrough", "example:rustfs", "--out", dir.toString(), "--order", "subject");

    assertEquals(0, run.exitCode(), run.err());
    String md = Files.readString(dir.resolve("walkthrough.md"));
    assertTrue(md.contains("for each policy subject its ingress flows"), md);
    assertTrue(md.contains("\n## 10. RustFS → kube-dns\n"), md);
  }

  @Test
  void anUnknownOrderIsBadInput() {
    CliRun run =
        CliRun.of("walkthrough", "example:hubble", "--out", dir.toString(), "--order", "random");

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--order must be diagram or subject"), run.err());
    assertFalse(Files.exists(dir.resolve("walkthrough.md")));
  }

  @Test
  void anOutputThatIsAFileIsBadInputWithoutAStackTrace() throws Exception {
    Path file = Files.writeString(dir.resolve("walkthrough.md"), "mine");
    CliRun run = CliRun.of("walkthrough", "example:hubble", "--out", file.toString());

    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("is a file, not a folder"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertEquals("mine", Files.readString(file));
  }

  private static List<String> links(String md) {
    List<String> links = new ArrayList<>();
    Matcher m = IMAGE.matcher(md);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }
}
