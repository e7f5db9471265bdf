package dev.policydesigner.export.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.plan.Exporter;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.template.TemplateWriter;
import dev.policydesigner.export.testing.RustfsChanges;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Flow;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.engine.Identity;
import dev.policydesigner.model.engine.IpProtocol;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.NodeIdentities;
import dev.policydesigner.model.engine.PortSet;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diagram compared with the checkout it was exported to: only the new flow is marked. */
class DiagramComparisonTest {
  @TempDir Path dir;

  /** A copy of the sample checkout with {@code diagram} exported into it. */
  private Path exportedTo(Diagram diagram) throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Exporter exporter = new Exporter();
    exporter.apply(
        exporter.plan(diagram, RepoCheckout.open(repo), new TemplateWriter()::write), true);
    return repo;
  }

  @Test
  void aNewConsumerOfRustfsIsAddedInBothModesAndOnlyItsFlowIsMarked() throws Exception {
    Diagram rustfs = Examples.rustfs();
    Path repo = exportedTo(rustfs);
    CheckoutPolicies exported = CheckoutPolicies.read(repo);
    Map<String, Object> values = ValuesSource.ofRepo(repo).values();

    assertTrue(DiagramComparison.of(rustfs, exported, exported, values).isEmpty());

    Diagram changed = RustfsChanges.withTrino(rustfs, new Position(0, 0));

    DiagramComparison c = DiagramComparison.of(changed, exported, exported, values);
    assertEquals(Map.of("trino-to-rustfs", "added"), c.flowMarks());
    for (Mode mode : Mode.values()) {
      var diff = c.diffs().get(mode);
      assertEquals(List.of(), diff.removed(), mode + "");
      // the seed's coarse NetworkPolicy now admits the whole analytics namespace on 9000-9001
      assertTrue(
          diff.added().stream()
              .allMatch(a -> ((Identity.Pod) a.from()).namespace().equals("analytics")),
          mode + ": " + diff.added());
      assertTrue(
          diff.added().stream()
              .anyMatch(
                  a ->
                      a.from().equals(Identity.pod("analytics", "app", "trino"))
                          && a.ports().contains(dev.policydesigner.model.engine.Traffic.tcp(9000))),
          mode + ": " + diff.added());
    }
  }

  @Test
  void aDeletedFlowIsAConnectionRemovedBetweenItsNodesThatNoFlowCarries() throws Exception {
    Diagram rustfs = Examples.rustfs();
    Path repo = exportedTo(rustfs);
    CheckoutPolicies exported = CheckoutPolicies.read(repo);
    Map<String, Object> values = ValuesSource.ofRepo(repo).values();
    Flow console =
        rustfs.flows().stream()
            .filter(f -> f.from().equals("gateway") && f.to().equals("rustfs"))
            .findFirst()
            .orElseThrow();
    List<Flow> flows = new ArrayList<>(rustfs.flows());
    flows.remove(console);

    DiagramComparison c = DiagramComparison.of(rustfs.withFlows(flows), exported, exported, values);
    Identity gateway = NodeIdentities.identities(rustfs.node("gateway").orElseThrow()).get(0);
    for (Mode mode : Mode.values()) {
      var diff = c.diffs().get(mode);
      assertEquals(List.of(), diff.added(), mode + "");
      assertTrue(
          diff.removed().stream().anyMatch(r -> r.from().equals(gateway)), mode + ": " + diff);
    }
    // the console flow is gone, so its removal is drawn between its two nodes
    assertEquals(
        List.of(
            new DiagramComparison.NodeChange(
                "gateway", "rustfs", "removed", PortSet.of(IpProtocol.TCP, 9000, 9001))),
        c.unflowed());
    // the seed's namespace-wide NetworkPolicy narrows to 9000 for every flow into rustfs
    assertEquals("removed", c.flowMarks().get("loki-to-rustfs"));
    assertTrue(c.flowMarks().values().stream().allMatch("removed"::equals), c.flowMarks() + "");
  }
}
