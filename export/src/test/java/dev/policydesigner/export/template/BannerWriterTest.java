package dev.policydesigner.export.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BannerWriterTest {
  @Test
  void padsShortLinesToTheBannerWidthAndKeepsLongOnesWhole() {
    String longText = "x".repeat(90);
    YamlLines out = new YamlLines();
    BannerWriter.write(out, "Short", longText);
    String[] lines = out.toString().split("\n");

    assertEquals(4, lines.length);
    assertEquals(83, lines[0].length());
    assertEquals("#| Short" + " ".repeat(72) + " #|", lines[1]);
    assertEquals("#| " + longText + " #|", lines[2]);
    assertEquals(lines[0], lines[3]);
  }

  @Test
  void leavesOutAnEmptyPurpose() {
    YamlLines out = new YamlLines();
    BannerWriter.write(out, "Title", " ");
    assertEquals(3, out.toString().split("\n").length);
  }
}
