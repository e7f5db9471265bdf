package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KustomizationGuardLintTest {
  private static final String DRAGONFLY = "templates/config/kubernetes/apps/cache/dragonfly/app/";
  private static final String NETPOL =
      "templates/config/kubernetes/apps/kube-system/network-policies/app/";

  @TempDir Path dir;

  private List<Problem> check(Path repo) throws Exception {
    return new KustomizationGuardLint().check(RepoCheckout.open(repo));
  }

  private static void edit(Path file, String from, String to) throws Exception {
    String text = Files.readString(file);
    assertTrue(text.contains(from), "fixture holds: " + from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void theSampleRepoHasNoDisagreeingGuardsAndItsPlainEntriesAreNotChecked() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    assertEquals(List.of(), check(repo));
  }

  @Test
  void anEntryListedOutsideItsTemplatesConditionIsAnErrorAtTheEntry() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    edit(
        repo.resolve(DRAGONFLY + "kustomization.yaml.j2"),
        "#% if network_policies_enabled | default(false) %#\n  - ./networkpolicy.yaml\n#% endif %#\n",
        "  - ./networkpolicy.yaml\n");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals("kustomization-guard", p.code());
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(DRAGONFLY + "kustomization.yaml.j2", p.file());
    assertEquals(7, p.line());
    assertTrue(
        p.message()
            .startsWith(
                "lists ./networkpolicy.yaml when it renders empty"
                    + " (e.g. with network_policies_enabled=false)"),
        p.message());
  }

  @Test
  void aPolicyTemplateTheKustomizationDoesNotListIsAWarningAtTheResourcesLine() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    edit(repo.resolve(NETPOL + "kustomization.yaml.j2"), "  - ./coredns.yaml\n", "");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    Problem p = problems.get(0);
    assertEquals(Severity.WARNING, p.severity());
    assertEquals(NETPOL + "kustomization.yaml.j2", p.file());
    assertEquals(5, p.line());
    assertTrue(
        p.message()
            .startsWith("omits ./coredns.yaml although it renders (e.g. with every flag true)"),
        p.message());
  }

  @Test
  void anEntryUnderAnotherFlagThanItsTemplateIsFoundWithThatFlagFalse() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    edit(
        repo.resolve(DRAGONFLY + "kustomization.yaml.j2"),
        "#% if network_policies_enabled | default(false) %#",
        "#% if hubble_enabled | default(false) %#");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    // the simplest counter-example: one flag false; hubble_enabled sorts first
    assertTrue(
        problems.get(0).message().contains("(e.g. with hubble_enabled=false)"),
        problems.get(0).message());
    assertEquals(Severity.WARNING, problems.get(0).severity());
  }

  @Test
  void aTemplateThatRendersOnlyInEnforceModeNamesTheMode() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path coredns = repo.resolve(NETPOL + "coredns.yaml.j2");
    edit(
        coredns,
        "#% if network_policies_enabled | default(false) %#\n",
        "#% if network_policies_enabled | default(false)"
            + " and network_policies_mode == 'enforce' %#\n");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).message().contains("(e.g. with network_policies_mode=audit)"),
        problems.get(0).message());
  }

  @Test
  void aTemplateThatCannotBeRenderedIsReportedOnceWithItsLine() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path coredns = repo.resolve(NETPOL + "coredns.yaml.j2");
    Files.writeString(coredns, Files.readString(coredns) + "#% if %#\n");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("render-error", problems.get(0).code());
    assertEquals(NETPOL + "coredns.yaml.j2", problems.get(0).file());
  }

  @Test
  void withMoreThanTwelveFlagsTheConditionsAreComparedAsWritten() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    StringBuilder many = new StringBuilder("network_policies_enabled | default(false)");
    for (int i = 1; i <= 12; i++) {
      many.append(" and f").append(i);
    }
    edit(
        repo.resolve(NETPOL + "coredns.yaml.j2"),
        "#% if network_policies_enabled | default(false) %#\n",
        "#% if " + many + " %#\n");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).message().contains("compared as written"), problems.toString());
    assertEquals(7, problems.get(0).line());

    edit(
        repo.resolve(NETPOL + "kustomization.yaml.j2"),
        "  - ./coredns.yaml\n",
        "#% if "
            + many.toString().replace("network_policies_enabled | default(false) and ", "")
            + " %#\n  - ./coredns.yaml\n#% endif %#\n");
    assertEquals(List.of(), check(repo));
  }

  @Test
  void theRealisticRepoHasExactlyItsTwoUnguardedEntriesAndThreePluginCalls() throws Exception {
    Path repo = TestData.copyRealisticRepo(dir);
    List<Problem> problems = check(repo);
    String apps = "templates/config/kubernetes/apps/";
    List<String> found =
        problems.stream().map(p -> p.severity() + " " + p.code() + " " + p.where()).toList();
    assertEquals(
        List.of(
            "WARNING loader-function "
                + apps
                + "flux-system/flux-instance/app/secret.sops.yaml.j2:8",
            "ERROR kustomization-guard " + apps + "media/jellyfin/app/kustomization.yaml.j2:8",
            "ERROR kustomization-guard " + apps + "monitoring/gatus/app/kustomization.yaml.j2:7",
            "WARNING loader-function " + apps + "network/cloudflared/app/secret.sops.yaml.j2:7",
            "WARNING loader-function "
                + apps
                + "security/onepassword-connect/app/secret.sops.yaml.j2:7"),
        found,
        problems.toString());
    assertTrue(problems.get(0).message().contains("github_deploy_key()"), problems.toString());
    assertTrue(problems.get(0).message().contains("preview skipped"), problems.toString());
    assertTrue(problems.get(1).message().contains("network_policies_enabled=false"));
  }

  @Test
  void aComparedValueIsNotEnumeratedAsAFlag() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    edit(
        repo.resolve(NETPOL + "coredns.yaml.j2"),
        "#% if monitoring_enabled | default(false) %#\n",
        "#% if replicas | default(1) > 1 and mode | default('a') == 'b' %#\n");
    assertEquals(List.of(), check(repo), "replicas and mode keep their values, no error");
  }

  @Test
  void aKustomizationThatRendersEmptyOmitsNothing() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path kustomization = repo.resolve(DRAGONFLY + "kustomization.yaml.j2");
    Files.writeString(
        kustomization,
        "#% if dragonfly_enabled | default(false) %#\n"
            + Files.readString(kustomization)
            + "#% endif %#\n");
    assertEquals(List.of(), check(repo));
  }

  @Test
  void anUnknownFunctionWithoutPluginsStaysARenderError() throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    Path coredns = repo.resolve(NETPOL + "coredns.yaml.j2");
    Files.writeString(coredns, Files.readString(coredns) + "#{ secret_token() }#\n");
    List<Problem> problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("render-error", problems.get(0).code());
    Files.writeString(
        repo.resolve("makejinja.toml"),
        Files.readString(repo.resolve("makejinja.toml"))
            .replace("[makejinja]\n", "[makejinja]\nloaders = [\"plugin:Plugin\"]\n"));
    problems = check(repo);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(Severity.WARNING, problems.get(0).severity());
    assertEquals("loader-function", problems.get(0).code());
  }
}
