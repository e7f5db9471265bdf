package dev.policydesigner.export.kustomization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.Guard;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KustomizationPatcherTest {
  static final String APPS = "sample-repo/templates/config/kubernetes/apps/";
  static final String NP = "network_policies_enabled | default(false)";
  static final String HUBBLE = "hubble_enabled | default(false)";
  static final String RUSTFS = "rustfs_enabled | default(false)";

  private final KustomizationPatcher patcher = new KustomizationPatcher();

  static String sample(String rel) throws IOException {
    return Files.readString(TestData.dir().resolve(APPS + rel));
  }

  private KustomizationPatch patch(String text, String entry, Guard guard) throws Exception {
    return patcher.patch("kustomization.yaml.j2", Optional.ofNullable(text), entry, guard);
  }

  @Test
  void appendsHubbleEntryGuardedByWhatTheEnclosingBlockDoesNotEnsure() throws Exception {
    String before = sample("kube-system/network-policies/app/kustomization.yaml.j2");
    KustomizationPatch p = patch(before, "./hubble-ui.yaml", Guard.of(NP, HUBBLE));
    String added = "#% if " + HUBBLE + " %#\n  - ./hubble-ui.yaml\n#% endif %#\n";
    String anchor = "  - ./metrics-server.yaml\n";
    assertEquals(before.replace(anchor, anchor + added), p.text());
    assertEquals(EntryAction.ADDED, p.action());
    assertTrue(p.changed());
    assertEquals(Guard.of(HUBBLE), p.guard());
    assertTrue(p.warnings().isEmpty());
  }

  @Test
  void appendsRustfsEntryAfterTheExistingGuardedGroup() throws Exception {
    String before = sample("storage/rustfs/app/kustomization.yaml.j2");
    KustomizationPatch p = patch(before, "./networkpolicy.yaml", Guard.of(RUSTFS, NP));
    String group = "  - ./dashboard-storage.yaml\n#% endif %#\n";
    String added = "#% if " + NP + " %#\n  - ./networkpolicy.yaml\n#% endif %#\n";
    assertEquals(before.replace(group, group + added), p.text());
    assertTrue(p.text().endsWith(added + "#% endif %#\n"));
  }

  @Test
  void leavesTheTextUnchangedWhenTheEntryIsAlreadyListedUnderTheSameGuard() throws Exception {
    String once =
        patch(
                sample("storage/rustfs/app/kustomization.yaml.j2"),
                "./networkpolicy.yaml",
                Guard.of(RUSTFS, NP))
            .text();
    KustomizationPatch again = patch(once, "./networkpolicy.yaml", Guard.of(NP, RUSTFS));
    assertEquals(once, again.text());
    assertFalse(again.changed());
    assertEquals(EntryAction.UNCHANGED, again.action());
  }

  @Test
  void comparesConditionsIgnoringSpacingAndOuterParentheses() throws Exception {
    String before = sample("kube-system/network-policies/app/kustomization.yaml.j2");
    KustomizationPatch p =
        patch(before, "./x.yaml", Guard.of("(network_policies_enabled|default(false))", HUBBLE));
    assertEquals(Guard.of(HUBBLE), p.guard());
    assertTrue(p.warnings().isEmpty(), p.warnings().toString());
  }

  @Test
  void recognisesTheDragonflyEntryTheRepoAlreadyLists() throws Exception {
    String before = sample("cache/dragonfly/app/kustomization.yaml.j2");
    KustomizationPatch p =
        patch(before, "./networkpolicy.yaml", Guard.of("dragonfly_enabled | default(false)", NP));
    assertEquals(EntryAction.UNCHANGED, p.action());
    assertEquals(before, p.text());
  }

  @Test
  void replacesTheWrapperThatOnlyWrapsTheEntryWhenTheGuardChanges() throws Exception {
    String base = sample("kube-system/network-policies/app/kustomization.yaml.j2");
    String once = patch(base, "./hubble-ui.yaml", Guard.of(NP, HUBBLE)).text();
    KustomizationPatch p =
        patch(
            once, "./hubble-ui.yaml", Guard.of(NP, HUBBLE, "monitoring_enabled | default(false)"));
    assertEquals(EntryAction.UPDATED, p.action());
    assertEquals(
        once.replace(
            "#% if " + HUBBLE + " %#",
            "#% if " + HUBBLE + " and monitoring_enabled | default(false) %#"),
        p.text());
    KustomizationPatch unwrapped = patch(p.text(), "./hubble-ui.yaml", Guard.of(NP));
    assertEquals(
        base.replace(
            "  - ./metrics-server.yaml\n", "  - ./metrics-server.yaml\n  - ./hubble-ui.yaml\n"),
        unwrapped.text());
  }

  @Test
  void wrapsAnUnguardedEntryInPlace() throws Exception {
    String base = sample("kube-system/network-policies/app/kustomization.yaml.j2");
    KustomizationPatch p = patch(base, "./coredns.yaml", Guard.of(NP, "coredns_enabled"));
    assertEquals(EntryAction.UPDATED, p.action());
    assertEquals(
        base.replace(
            "  - ./coredns.yaml\n", "#% if coredns_enabled %#\n  - ./coredns.yaml\n#% endif %#\n"),
        p.text());
  }

  @Test
  void dropsTheWrapperOfAGroupThatHoldsOnlyTheEntryAndItsComment() throws Exception {
    String before = sample("storage/rustfs/app/kustomization.yaml.j2");
    KustomizationPatch p = patch(before, "./dashboard-storage.yaml", Guard.of(RUSTFS));
    assertEquals(EntryAction.UPDATED, p.action());
    assertEquals(
        before
            .replace("#% if rustfs_monitoring_enabled | default(false) %#\n", "")
            .replace("#% endif %#\n#% endif %#\n", "#% endif %#\n"),
        p.text());
  }

  @Test
  void movesAnEntryOutOfAGroupItSharesWithOthers() throws Exception {
    String before =
        "resources:\n  - ./a.yaml\n#% if m %#\n  - ./b.yaml\n  - ./c.yaml\n#% endif %#\n"
            + "  - ./d.yaml\n";
    KustomizationPatch p = patch(before, "./b.yaml", Guard.of("n"));
    assertEquals(
        "resources:\n  - ./a.yaml\n#% if m %#\n  - ./c.yaml\n#% endif %#\n  - ./d.yaml\n"
            + "#% if n %#\n  - ./b.yaml\n#% endif %#\n",
        p.text());
  }

  @Test
  void createsAMissingKustomizationInTheRepoPattern() throws Exception {
    KustomizationPatch p = patch(null, "./networkpolicy.yaml", Guard.of("loki_enabled", NP));
    assertEquals(
        "#% if loki_enabled and "
            + NP
            + " %#\n---\n"
            + "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
            + "  - ./networkpolicy.yaml\n#% endif %#\n",
        p.text());
    assertEquals(EntryAction.ADDED, p.action());
    assertTrue(p.changed());
  }

  @Test
  void keepsCrlfLineEndingsAndAddsLinesWithThem() throws Exception {
    String before = sample("storage/rustfs/app/kustomization.yaml.j2").replace("\n", "\r\n");
    KustomizationPatch p = patch(before, "./networkpolicy.yaml", Guard.of(RUSTFS, NP));
    String group = "  - ./dashboard-storage.yaml\r\n#% endif %#\r\n";
    String added = "#% if " + NP + " %#\r\n  - ./networkpolicy.yaml\r\n#% endif %#\r\n";
    assertEquals(before.replace(group, group + added), p.text());
  }

  @Test
  void keepsAMissingFinalLineBreakMissing() throws Exception {
    String before = "resources:\n  - ./a.yaml";
    KustomizationPatch p = patch(before, "./b.yaml", Guard.of("b_enabled"));
    assertEquals(
        "resources:\n  - ./a.yaml\n#% if b_enabled %#\n  - ./b.yaml\n#% endif %#", p.text());
  }

  @Test
  void insertsInsideTheElseBranchWhoseConditionTheGuardHolds() throws Exception {
    String before =
        "#% if legacy_enabled %#\n---\nkind: Kustomization\nresources:\n  - ./old.yaml\n"
            + "#% else %#\n---\nkind: Kustomization\nresources:\n  - ./new.yaml\n"
            + "#% if x %#\n  - ./x.yaml\n#% else %#\n  - ./y.yaml\n#% endif %#\n"
            + "#% endif %#\n";
    KustomizationPatch p =
        patch(before, "./networkpolicy.yaml", Guard.of("not legacy_enabled", NP));
    assertEquals(
        before.replace(
            "  - ./y.yaml\n#% endif %#\n",
            "  - ./y.yaml\n#% endif %#\n#% if "
                + NP
                + " %#\n  - ./networkpolicy.yaml\n"
                + "#% endif %#\n"),
        p.text());
    assertEquals(Guard.of("not (legacy_enabled)"), p.enclosing());
    assertTrue(p.warnings().isEmpty(), p.warnings().toString());
  }

  @Test
  void warnsAboutAnElseBranchTheGuardDoesNotImply() throws Exception {
    String before =
        "#% if legacy_enabled %#\n#| nothing #|\n#% else %#\n---\nkind: Kustomization\n"
            + "resources:\n  - ./new.yaml\n#% endif %#\n";
    KustomizationPatch p = patch(before, "./networkpolicy.yaml", Guard.of(NP));
    assertEquals(
        before.replace(
            "  - ./new.yaml\n",
            "  - ./new.yaml\n#% if " + NP + " %#\n" + "  - ./networkpolicy.yaml\n#% endif %#\n"),
        p.text());
    assertEquals(1, p.warnings().size());
    assertTrue(p.warnings().get(0).contains("not (legacy_enabled)"), p.warnings().get(0));
  }

  @Test
  void choosesTheBranchWhoseConditionTheFileGuardImplies() throws Exception {
    String before =
        "#% if legacy_enabled %#\n---\nkind: Kustomization\nresources:\n  - ./old.yaml\n"
            + "#% else %#\n---\nkind: Kustomization\nresources:\n  - ./new.yaml\n"
            + "#% endif %#\n";
    KustomizationPatch p = patch(before, "./np.yaml", Guard.of("legacy_enabled", NP));
    assertEquals(
        before.replace(
            "  - ./old.yaml\n",
            "  - ./old.yaml\n#% if " + NP + " %#\n  - ./np.yaml\n" + "#% endif %#\n"),
        p.text());
    assertTrue(p.warnings().isEmpty());
  }

  @Test
  void warnsWhenTheEnclosingGuardHoldsSomethingTheFileGuardDoesNot() throws Exception {
    KustomizationPatch p =
        patch(sample("storage/rustfs/app/kustomization.yaml.j2"), "./np.yaml", Guard.of(NP));
    assertEquals(1, p.warnings().size());
    assertTrue(p.warnings().get(0).contains(RUSTFS), p.warnings().get(0));
    assertTrue(p.text().contains("#% if " + NP + " %#\n  - ./np.yaml\n#% endif %#\n"));
  }

  @Test
  void stopsTheListAtTheNextKey() throws Exception {
    String before = "kind: Kustomization\nresources:\n  - ./a.yaml\n\nnamespace: x\n";
    KustomizationPatch p = patch(before, "./b.yaml", Guard.ALWAYS);
    assertEquals(
        "kind: Kustomization\nresources:\n  - ./a.yaml\n  - ./b.yaml\n\nnamespace: x\n", p.text());
  }

  @Test
  void addsAResourcesListWhenThereIsNone() throws Exception {
    String before = "#% if a %#\n---\nkind: Kustomization\n#% endif %#\n";
    KustomizationPatch p = patch(before, "./b.yaml", Guard.of("a"));
    assertEquals(
        "#% if a %#\n---\nkind: Kustomization\nresources:\n  - ./b.yaml\n#% endif %#\n", p.text());
  }

  @Test
  void refusesATextThatIsNoKustomization() {
    KustomizationException e =
        assertThrows(
            KustomizationException.class, () -> patch("foo: bar\n", "./b.yaml", Guard.ALWAYS));
    assertTrue(e.getMessage().startsWith("kustomization.yaml.j2 has neither"), e.getMessage());
  }
}
