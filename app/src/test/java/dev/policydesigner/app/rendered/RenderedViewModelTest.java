package dev.policydesigner.app.rendered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.app.template.TemplateViewModel;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.edit.UpdateFlowEdit;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.example.Examples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedViewModelTest {
  private final Document document = new Document(Examples.hubble(), null);
  private final RenderedViewModel vm =
      new RenderedViewModel(document, new TemplateViewModel(document, new TemplateWriter()::write));

  private String text() {
    return vm.textProperty().get();
  }

  @Test
  void switchingToEnforceTurnsDefaultDenyOn() {
    document.selection().selectOnly("hubble-ui");
    assertEquals(Mode.AUDIT, vm.modeProperty().get());
    assertTrue(text().contains("ingress: false"), text());

    vm.modeProperty().set(Mode.ENFORCE);

    assertFalse(text().contains("ingress: false"), text());
    assertTrue(text().contains("ingress: true"), text());
  }

  @Test
  void offersEveryFlagOfTheDiagramSwitchedOnAndDropsGuardedRulesWhenOff() {
    document.selection().selectOnly("hubble-relay");
    FlagToggle monitoring = vm.flag("monitoring_enabled").orElseThrow();
    assertTrue(monitoring.onProperty().get());
    assertTrue(text().contains("9966"), text());

    monitoring.onProperty().set(false);

    assertFalse(text().contains("9966"), text());
  }

  @Test
  void isRenderedAgainAfterAnEdit() {
    document.selection().selectOnly("hubble-ui");
    var flow = document.current().flow("gateway-to-hubble-ui").orElseThrow();
    document.perform(new UpdateFlowEdit("ports", flow.withPorts(List.of(PortRange.tcp(9123)))));
    assertTrue(text().contains("9123"), text());
    assertFalse(text().contains("#%"), "rendered, not the template");
  }

  @Test
  void startsFromTheRepositoryValues(@TempDir Path repo) throws IOException {
    Files.writeString(
        repo.resolve("cluster.yaml"),
        "network_policies_mode: enforce\nmonitoring_enabled: false\nextra_enabled: true\n");
    document.repoProperty().set(repo);
    assertEquals(Mode.ENFORCE, vm.modeProperty().get());
    assertFalse(vm.flag("monitoring_enabled").orElseThrow().onProperty().get());
    assertTrue(vm.flag("extra_enabled").orElseThrow().onProperty().get());
    assertTrue(vm.flag("hubble_enabled").orElseThrow().onProperty().get(), "not in repo: on");
  }
}
