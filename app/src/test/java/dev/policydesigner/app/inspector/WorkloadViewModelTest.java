package dev.policydesigner.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.example.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkloadViewModelTest {
  private final Document document = new Document(Examples.hubble(), null);
  private final WorkloadViewModel vm = new WorkloadViewModel(document, "hubble-ui");

  @Test
  void showsTheWorkloadsValues() {
    assertEquals("Hubble UI", vm.nameProperty().get());
    assertEquals("kube-system", vm.namespaceProperty().get());
    assertEquals(1, vm.ports().size());
    assertTrue(vm.subjectProperty().get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "70000", "-1", "http", ""})
  void refusesAnInvalidPortAndKeepsTheOldOne(String port) {
    assertFalse(vm.setPortNumber(0, port));
    assertEquals(8081, vm.ports().get(0).port());
    assertFalse(document.canUndoProperty().get());
  }

  @Test
  void acceptsAValidPortAsOneUndoableEdit() {
    assertTrue(vm.setPortNumber(0, "8082"));
    assertEquals(8082, vm.ports().get(0).port());
    document.undo();
    assertEquals(8081, vm.ports().get(0).port());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Kube-System", "kube_system", "-ns", ""})
  void refusesAnInvalidNamespace(String namespace) {
    assertFalse(vm.setNamespace(namespace));
    assertEquals("kube-system", vm.namespaceProperty().get());
  }

  @Test
  void refusesInvalidLabelKeysAndValues() {
    assertFalse(vm.setLabelKey(0, "bad key"));
    assertFalse(vm.setLabelValue(0, "-bad-"));
    assertEquals("k8s-app", vm.labels().get(0).key());
    assertTrue(vm.setLabelValue(0, "hubble-ui-2"));
    assertEquals("hubble-ui-2", vm.labels().get(0).value());
  }

  @Test
  void removingThePolicyIsUndoable() {
    assertTrue(vm.setSubject(false));
    assertFalse(vm.subjectProperty().get());
    document.undo();
    assertTrue(vm.subjectProperty().get());
  }
}
