package dev.policydesigner.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Position;
import dev.policydesigner.model.edit.MoveNodesEdit;
import dev.policydesigner.model.edit.RemoveElementsEdit;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTest {
  private final Document document = new Document(Examples.hubble(), null);

  @Test
  void titleCarriesADirtyMarkerUntilSaved() {
    assertEquals("hubble", document.titleProperty().get());
    document.perform(new MoveNodesEdit(Map.of("gateway", new Position(1, 1))));
    assertEquals("hubble *", document.titleProperty().get());
    document.markSaved(Path.of("/tmp/hubble-copy.flows.yaml"));
    assertEquals("hubble-copy", document.titleProperty().get());
    assertFalse(document.isDirty());
  }

  @Test
  void undoMenuTextNamesTheEdit() {
    assertEquals("Undo", document.undoTextProperty().get());
    document.perform(new MoveNodesEdit(Map.of("gateway", new Position(1, 1))));
    assertEquals("Undo Move node", document.undoTextProperty().get());
    document.undo();
    assertEquals("Redo Move node", document.redoTextProperty().get());
  }

  @Test
  void deletedElementsLeaveTheSelection() {
    document.selection().set(Set.of("gateway", "prometheus"));
    assertTrue(document.perform(new RemoveElementsEdit(Set.of("gateway"), Set.of())));
    assertEquals(Set.of("prometheus"), document.selection().ids());
  }
}
