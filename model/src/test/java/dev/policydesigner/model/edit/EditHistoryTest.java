package dev.policydesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EditHistoryTest {
  private static Workload app(String id) {
    return new Workload(
        id, id, KindHint.APP, "default", List.of(), List.of(), null, Position.ORIGIN);
  }

  @Test
  void undoRestoresTheDiagramAndRedoReappliesTheEdit() {
    EditHistory h = new EditHistory(Diagram.empty("d"));
    h.perform(new AddNodeEdit(app("a")));
    h.perform(new AddNodeEdit(app("b")));
    h.perform(new AddFlowEdit(Flow.of("f", "a", "b", List.of(PortRange.tcp(9000)), "")));
    assertEquals(1, h.current().flows().size());
    assertEquals("Add flow a → b", h.undoDescription().orElseThrow());
    h.undo();
    assertEquals(0, h.current().flows().size());
    assertEquals("Add flow a → b", h.redoDescription().orElseThrow());
    h.redo();
    assertEquals(1, h.current().flows().size());
  }

  @Test
  void dirtyFollowsTheSavedRevisionThroughUndoAndRedo() {
    EditHistory h = new EditHistory(Diagram.empty("d"));
    assertFalse(h.isDirty());
    h.perform(new AddNodeEdit(app("a")));
    assertTrue(h.isDirty());
    h.markSaved();
    assertFalse(h.isDirty());
    h.undo();
    assertTrue(h.isDirty());
    h.redo();
    assertFalse(h.isDirty());
    h.undo();
    h.perform(new AddNodeEdit(app("c")));
    assertTrue(h.isDirty(), "a different edit after undo is a new state");
  }

  @Test
  void aDragIsOneEditThatOneUndoReverts() {
    Diagram d = Examples.hubble();
    EditHistory h = new EditHistory(d);
    h.perform(
        new MoveNodesEdit(Map.of("gateway", new Position(5, 6), "hubble-ui", new Position(7, 8))));
    assertEquals(new Position(5, 6), h.current().node("gateway").orElseThrow().position());
    assertEquals("Move 2 nodes", h.undoDescription().orElseThrow());
    h.undo();
    assertEquals(d, h.current());
  }

  @Test
  void deletingANodeTakesItsFlowsAndPolicyAlongAndUndoBringsThemBack() {
    Diagram d = Examples.hubble();
    EditHistory h = new EditHistory(d);
    h.perform(new RemoveElementsEdit(Set.of("hubble-ui"), Set.of()));
    assertTrue(
        h.current().flows().stream()
            .noneMatch(f -> f.from().equals("hubble-ui") || f.to().equals("hubble-ui")));
    assertFalse(h.current().isSubject("hubble-ui"));
    assertTrue(h.current().isSubject("hubble-relay"));
    h.undo();
    assertEquals(d, h.current());
  }

  @Test
  void givingAWorkloadAPolicyCreatesItsFileFromTheLayoutPattern() {
    Diagram d = Diagram.empty("d").withNodes(List.of(app("web")));
    Diagram after = SubjectEdit.add("web").apply(d);
    assertEquals(
        "templates/config/kubernetes/apps/default/web/app/networkpolicy.yaml.j2",
        after.fileOfSubject("web").orElseThrow().path());
    assertEquals(
        "network_policies_enabled | default(false)",
        after.fileOfSubject("web").orElseThrow().guard().expression());
  }

  @Test
  void anEditThatChangesNothingIsNotRecorded() {
    EditHistory h = new EditHistory(Examples.hubble());
    h.perform(new MoveNodesEdit(Map.of()));
    assertFalse(h.canUndo());
    assertFalse(h.isDirty());
  }
}
