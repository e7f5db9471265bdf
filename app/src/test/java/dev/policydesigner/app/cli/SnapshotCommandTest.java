package dev.policydesigner.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCommandTest {
  @TempDir Path dir;

  @Test
  void writesAPngOfTheCanvasWithoutADisplay() throws Exception {
    Path png = dir.resolve("hubble.png");
    CliRun run = CliRun.of("snapshot", "example:hubble", "--out", png.toString());
    assertEquals(0, run.exitCode(), run.err());
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(bytes.length > 10_000, "a real image: " + bytes.length);
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals('P', bytes[1]);
  }

  @Test
  void writesAnSvgOfASelection() throws Exception {
    Path svg = dir.resolve("part.svg");
    CliRun run =
        CliRun.of(
            "snapshot",
            "example:hubble",
            "--out",
            svg.toString(),
            "--select",
            "hubble-ui,hubble-relay");
    assertEquals(0, run.exitCode(), run.err());
    String text = Files.readString(svg);
    assertTrue(text.contains("Hubble Relay") && text.contains("4245/TCP"), text);
    assertTrue(!text.contains("Prometheus"), "only the selection");
  }

  @Test
  void refusesAnUnknownImageTypeOrNode() {
    assertEquals(2, CliRun.of("snapshot", "example:hubble", "--out", "x.gif").exitCode());
    CliRun unknown = CliRun.of("snapshot", "example:hubble", "--out", "x.svg", "--select", "nope");
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("nope"), unknown.err());
  }

  @Test
  void theWindowTakesTheSizeAskedFor() throws Exception {
    Path png = dir.resolve("window.png");
    CliRun run =
        CliRun.of(
            "snapshot",
            "example:rustfs",
            "--window",
            "--size",
            "1600x900",
            "--out",
            png.toString());
    assertEquals(0, run.exitCode(), run.err());
    java.nio.ByteBuffer header = java.nio.ByteBuffer.wrap(Files.readAllBytes(png), 16, 8);
    assertEquals(1600, header.getInt(), "width in the PNG header");
    assertEquals(900, header.getInt(), "height");
  }

  @Test
  void refusesASizeThatIsNoWindowSize() {
    CliRun words =
        CliRun.of("snapshot", "example:hubble", "--window", "--size", "big", "--out", "x.png");
    assertEquals(2, words.exitCode());
    assertTrue(words.err().contains("like 1920x1080"), words.err());
    CliRun tiny =
        CliRun.of("snapshot", "example:hubble", "--window", "--size", "300x200", "--out", "x.png");
    assertEquals(2, tiny.exitCode());
    assertTrue(tiny.err().contains("800x600 to 7680x4320"), tiny.err());
    CliRun noWindow =
        CliRun.of("snapshot", "example:hubble", "--size", "1600x900", "--out", "x.png");
    assertEquals(2, noWindow.exitCode());
    assertTrue(noWindow.err().contains("add --window"), noWindow.err());
  }
}
