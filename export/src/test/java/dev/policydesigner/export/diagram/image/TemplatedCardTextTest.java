package dev.policydesigner.export.diagram.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.Label;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.Workload;
import dev.policydesigner.model.WorkloadPort;
import dev.policydesigner.model.check.PlaceholderValues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A card written with template placeholders shows what they render to (the repo's values, else
 * their defaults) and marks its caption templated where the mark fits.
 */
class TemplatedCardTextTest {
  private static final String NS = "#{ monitoring_namespace | default('monitoring') }#";
  private static final String NAS = "#{ nas_ip | default('192.168.1.10') }#/32";

  private static Workload prometheus() {
    return new Workload(
        "prometheus",
        "prometheus",
        KindHint.APP,
        NS,
        List.of(new Label("release", "#{ release | default('kps') }#")),
        List.of(WorkloadPort.tcp(9090)),
        null,
        new Position(0, 0));
  }

  @Test
  void aTemplatedNamespaceAndLabelShowTheirDefaultsOrTheRepoValues() {
    CardText defaults = CardText.fitted(prometheus(), PlaceholderValues.DEFAULTS);
    assertEquals("ns monitoring", defaults.caption(), "whole, without a mark that does not fit");
    assertEquals("release=kps", defaults.details().get(0));
    assertEquals(List.of("prometheus"), defaults.title());

    CardText repo =
        CardText.fitted(
            prometheus(), new PlaceholderValues(Map.of("monitoring_namespace", "observability")));
    assertEquals("ns observability", repo.caption());
  }

  @Test
  void aCidrNamedByItsPlaceholderIsNamedByWhatItRendersTo() {
    CidrNode nas = new CidrNode("nas", NAS, NAS, List.of(), new Position(0, 0));
    CardText text = CardText.fitted(nas, PlaceholderValues.DEFAULTS);
    assertEquals(List.of("192.168.1.10/32"), text.title());
    assertEquals("CIDR · templated", text.caption());
    assertEquals(List.of("192.168.1.10/32"), text.details());
    assertEquals(
        "10.0.0.5/32",
        CardText.shownName(nas, new PlaceholderValues(Map.of("nas_ip", "10.0.0.5"))));
  }

  @Test
  void aCardWithoutPlaceholdersIsAsWritten() {
    CidrNode world = new CidrNode("w", "anywhere", "0.0.0.0/0", List.of(), new Position(0, 0));
    assertEquals(CardText.fitted(world), CardText.fitted(world, PlaceholderValues.DEFAULTS));
    assertSame(world.name(), CardText.shownName(world, PlaceholderValues.DEFAULTS));
  }
}
