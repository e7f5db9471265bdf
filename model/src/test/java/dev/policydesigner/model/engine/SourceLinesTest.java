package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {
  @Test
  void aCopyHasTheLinesAndCommentsAndEachSideRecordsItsOwn() {
    SourceLines original = new SourceLines();
    Object rules = List.of("rule");
    original.put(rules, 7);
    original.comment(6, "Allow DNS");
    SourceLines copy = original.copy();
    SourceLines second = original.copy();
    assertEquals(7, copy.line(rules, 0));
    assertEquals("Allow DNS", copy.commentAbove(6));

    copy.comment(9, "only in the copy");
    copy.comment(6, "changed in the copy");
    original.comment(12, "only in the original");
    Object more = List.of("more");
    copy.put(more, 10);

    assertEquals("changed in the copy", copy.commentAbove(6));
    assertEquals("only in the copy", copy.commentAbove(9));
    assertEquals("", copy.commentAbove(12));
    assertEquals("Allow DNS", original.commentAbove(6));
    assertEquals("", original.commentAbove(9));
    assertEquals("only in the original", original.commentAbove(12));
    assertEquals("Allow DNS", second.commentAbove(6));
    assertEquals("", second.commentAbove(12));
    assertEquals(0, original.line(more, 0));
    assertEquals(10, copy.line(more, 0));
  }
}
