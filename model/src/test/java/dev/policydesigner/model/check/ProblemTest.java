package dev.policydesigner.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {
  private static final Problem FLOW =
      Problem.onFlow(Severity.WARNING, "one-sided-flow", "m", "a-to-b", "a", "b");

  @Test
  void showsTheLineWhenOneIsKnownElseTheFlowElseTheNodeElseTheFileElseThePolicy() {
    SourceLocation at = new SourceLocation("t/a.yaml.j2", 12, 5);
    assertEquals("t/a.yaml.j2:12:5", FLOW.at(at).where());
    assertEquals("a-to-b", FLOW.inPolicy("t/a.yaml.j2", "a").where());
    assertEquals("a-to-b", FLOW.atNode("a").where(), "the flow is the more precise element");
    assertEquals("n", Problem.warning("c", "m").atNode("n").where());
    assertEquals("t/a.yaml.j2", Problem.warning("c", "m").inPolicy("t/a.yaml.j2", "a").where());
    assertEquals("a", Problem.warning("c", "m").inPolicy("a").where());
    assertEquals("", Problem.warning("c", "m").where());
  }

  @Test
  void revealsTheFlowBeforeTheNode() {
    assertEquals("a-to-b", FLOW.atNode("a").elementId());
    assertEquals("a", Problem.error("c", "m").atNode("a").elementId());
    assertNull(Problem.error("c", "m").elementId());
  }

  @Test
  void aOneSidedFlowCarriesBothSidesWithTheSourceFirst() {
    Problem p =
        FLOW.at(
            List.of(
                new SourceLocation("t/a.yaml.j2", 7, 0), new SourceLocation("t/b.yaml.j2", 9, 3)));
    assertEquals("t/a.yaml.j2", p.file());
    assertEquals(7, p.line());
    assertEquals(2, p.locations().size());
    assertEquals("t/a.yaml.j2:7: m", p.toString());
  }

  @Test
  void aWholeFileHasNoLine() {
    Problem p = Problem.error("import", "m").atFile("x.yaml", null);
    assertNull(p.line());
    assertEquals("x.yaml", p.file());
    assertEquals("x.yaml: m", p.toString());
    assertEquals("m", Problem.error("c", "m").toString());
  }

  @Test
  void aColumnNeedsALine() {
    assertThrows(IllegalArgumentException.class, () -> new SourceLocation("f", 0, 3));
    assertThrows(IllegalArgumentException.class, () -> new SourceLocation("f", -1, 0));
  }

  @Test
  void countsEachSeverityInOneSummary() {
    List<Problem> problems =
        List.of(
            Problem.error("a", "m"),
            Problem.warning("b", "m"),
            Problem.warning("c", "m"),
            Problem.info("d", "m"));
    assertEquals("1 error, 2 warnings, 1 note", Problem.summary(problems));
    assertEquals("0 errors, 0 warnings, 0 notes", Problem.summary(List.of()));
  }
}
