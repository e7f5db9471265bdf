package dev.policydesigner.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.DiagramFragment;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasteEditTest {
  @Test
  void pastesCopiesUnderFreshIdsWithTheirFlowAndPoliciesAndRevertsAsOneEdit() {
    Diagram hubble = Examples.hubble();
    DiagramFragment f = DiagramFragment.of(hubble, List.of("hubble-ui", "hubble-relay"));
    assertEquals(1, f.flows().size(), "only the flow between the two");
    PasteEdit paste = new PasteEdit("Paste", f, 30, 30);
    Diagram after = paste.apply(hubble);

    Workload ui = after.workload("hubble-ui-2").orElseThrow();
    Workload original = hubble.workload("hubble-ui").orElseThrow();
    assertEquals(original.position().x() + 30, ui.position().x(), 1e-9);
    assertEquals(List.of(new Label("k8s-app", "hubble-ui-2")), ui.labels(), "selects its own pods");
    Flow flow = after.flow(paste.pastedIds().get(2)).orElseThrow();
    assertEquals("hubble-ui-2", flow.from());
    assertEquals("hubble-relay-2", flow.to());
    assertTrue(after.isSubject("hubble-ui-2") && after.isSubject("hubble-relay-2"));
    assertEquals(hubble, paste.revert(after));
  }

  @Test
  void pastingIntoAnotherDiagramKeepsTheIdsThatAreFree() {
    DiagramFragment f = DiagramFragment.of(Examples.hubble(), List.of("kube-dns"));
    Diagram empty = Diagram.empty("other");
    Diagram after = new PasteEdit("Paste", f, 0, 0).apply(empty);
    assertEquals("kube-dns", after.nodes().get(0).id());
  }
}
