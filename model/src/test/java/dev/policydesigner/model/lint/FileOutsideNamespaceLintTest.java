package dev.policydesigner.model.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileOutsideNamespaceLintTest {
  private final FileOutsideNamespaceLint lint = new FileOutsideNamespaceLint();

  @Test
  void flagsASubjectWhoseNamespaceDiffersFromItsFilesFolderAndTheFixMovesTheFile() {
    Diagram d =
        LintFixtures.diagram(List.of(), List.of())
            .mapNode("web", n -> ((Workload) n).withNamespace("payments"));
    List<Problem> findings = lint.check(d);
    assertEquals(1, findings.size());
    Problem f = findings.get(0);
    assertEquals(FileOutsideNamespaceLint.CODE, f.code());
    assertEquals("web", f.nodeId());
    assertEquals(LintFixtures.FILE, f.file());
    assertTrue(f.message().contains("namespace shop"), f.message());
    assertTrue(f.message().contains("runs in namespace payments"), f.message());
    String moved = "templates/config/kubernetes/apps/payments/web/app/networkpolicy.yaml.j2";
    assertEquals("Move the file to " + moved, f.fix().orElseThrow().description());

    Diagram fixed = f.fix().orElseThrow().apply(d);
    assertEquals(moved, fixed.fileOfSubject("web").orElseThrow().path());
    assertTrue(lint.check(fixed).isEmpty());
  }

  @Test
  void staysQuietOnTheExamplesAndOnFilesInTheirNamespace() {
    assertTrue(lint.check(LintFixtures.diagram(List.of(), List.of())).isEmpty());
    assertTrue(lint.check(Examples.hubble()).isEmpty());
    assertTrue(lint.check(Examples.rustfs()).isEmpty());
  }
}
