package dev.policydesigner.app.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.edit.UpdateFlowEdit;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateViewModelTest {
  private final Document document = new Document(Examples.hubble(), null);
  private final TemplateViewModel vm =
      new TemplateViewModel(
          document,
          f ->
              f.file().path()
                  + ":"
                  + f.policies().get(0).cilium().ingress().size()
                  + "\n"
                  + f.policies().get(0).cilium().ingress().get(0).ports());

  @Test
  void showsTheFileOfTheSelectedSubject() {
    document.selection().selectOnly("hubble-relay");
    assertTrue(vm.pathProperty().get().endsWith("hubble-ui.yaml.j2"));
  }

  @Test
  void isRegeneratedAfterEveryEdit() {
    document.selection().selectOnly("hubble-ui");
    var flow = document.current().flow("gateway-to-hubble-ui").orElseThrow();
    document.perform(new UpdateFlowEdit("ports", flow.withPorts(List.of(PortRange.tcp(9000)))));
    assertTrue(vm.textProperty().get().contains("9000"), vm.textProperty().get());
  }

  @Test
  void showsTheDestinationsFileForASelectedFlow() {
    document.selection().selectOnly("gateway-to-hubble-ui");
    assertEquals(
        "templates/config/kubernetes/apps/kube-system/network-policies/app/hubble-ui.yaml.j2",
        vm.pathProperty().get());
  }

  @Test
  void anyFileOfTheDiagramCanBeShownUntilTheSelectionChanges() {
    Document rustfs = new Document(Examples.rustfs(), null);
    TemplateViewModel model = new TemplateViewModel(rustfs, f -> f.file().path());
    assertEquals(rustfs.current().files().stream().map(f -> f.path()).toList(), model.files());
    String other = "templates/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2";
    document.selection().selectOnly("hubble-ui");
    int[] asked = new int[1];
    vm.setOnLine(line -> asked[0] = line);
    vm.reveal(vm.pathProperty().get(), 12);
    assertEquals(12, asked[0]);
    vm.showFile(other); // not a file of this diagram: nothing changes
    assertTrue(vm.pathProperty().get().endsWith("hubble-ui.yaml.j2"));
    assertEquals(other, model.pathProperty().get());
  }
}
