package dev.policydesigner.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineDiffTest {
  @Test
  void marksRemovedAndAddedLinesAndKeepsTheRest() {
    List<LineDiff.Line> d = LineDiff.diff("a\nb\nc", "a\nx\nc");
    assertEquals(
        List.of(
            new LineDiff.Line(' ', "a"),
            new LineDiff.Line('-', "b"),
            new LineDiff.Line('+', "x"),
            new LineDiff.Line(' ', "c")),
        d);
  }

  @Test
  void aNewFileIsAllAdded() {
    assertEquals(List.of(new LineDiff.Line('+', "x")), LineDiff.diff(null, "x"));
  }
}
