package dev.policydesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.example.Examples;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollapseNamespacesEditTest {
  @Test
  void collapsingAndExpandingAreEditsThatUndoRestores() {
    Diagram start = Examples.rustfs();
    EditHistory history = new EditHistory(start);
    history.perform(new CollapseNamespacesEdit(Set.of("storage", "ai-system"), true));
    assertEquals(Set.of("ai-system", "storage"), history.current().collapsedNamespaces());
    assertEquals("Collapse 2 namespaces", history.undoDescription().orElseThrow());
    history.perform(new CollapseNamespacesEdit(Set.of("storage"), false));
    assertEquals(Set.of("ai-system"), history.current().collapsedNamespaces());
    assertEquals("Expand namespace storage", history.undoDescription().orElseThrow());
    history.undo();
    history.undo();
    assertEquals(start, history.current());
  }

  @Test
  void otherEditsKeepTheCollapsedNamespaces() {
    Diagram collapsed = Examples.rustfs().withCollapsedNamespaces(Set.of("storage"));
    assertEquals(Set.of("storage"), collapsed.withFlows(collapsed.flows()).collapsedNamespaces());
    assertEquals(Set.of("storage"), collapsed.withTitle("x", "y").collapsedNamespaces());
  }

  @Test
  void changingLeavesOutNamespacesAlreadyAsAskedAndIsEmptyWhenAllAre() {
    Diagram d = Examples.rustfs().withCollapsedNamespaces(Set.of("storage"));
    EditHistory history = new EditHistory(d);
    history.perform(
        CollapseNamespacesEdit.changing(d, Set.of("storage", "ai-system"), true).orElseThrow());
    assertEquals("Collapse namespace ai-system", history.undoDescription().orElseThrow());
    assertTrue(CollapseNamespacesEdit.changing(d, Set.of("storage"), true).isEmpty());
    assertTrue(CollapseNamespacesEdit.changing(d, Set.of("ai-system"), false).isEmpty());
  }
}
