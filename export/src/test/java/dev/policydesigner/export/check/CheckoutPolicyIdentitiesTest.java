package dev.policydesigner.export.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckoutPolicyIdentitiesTest {
  private static final String APPS = "templates/config/kubernetes/apps/";
  private static final String COREDNS = APPS + "kube-system/network-policies/app/coredns.yaml.j2";

  @TempDir Path dir;

  private static String policy(String kind, String namespace, String name) {
    return "---\napiVersion: cilium.io/v2\nkind: "
        + kind
        + "\nmetadata:\n  name: "
        + name
        + "\n  namespace: "
        + namespace
        + "\nspec: {}\n";
  }

  private Path repoWith(Map<String, String> files) throws Exception {
    Path repo = TestData.copySampleRepo(dir);
    for (Map.Entry<String, String> f : files.entrySet()) {
      Path file = repo.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
    return repo;
  }

  @Test
  void theSampleRepoDefinesEveryPolicyOnce() throws Exception {
    Path repo = repoWith(Map.of());
    assertEquals(List.of(), CheckoutPolicyIdentities.duplicates(RepoCheckout.open(repo)));
  }

  @Test
  void aSecondTemplateWithAPolicysIdentityIsAnErrorAtItsNameLineNamingTheFirst() throws Exception {
    String copy = APPS + "zz/app/coredns-copy.yaml.j2";
    Path repo =
        repoWith(
            Map.of(
                copy, "#| a copy #|\n" + policy("CiliumNetworkPolicy", "kube-system", "coredns")));
    List<Problem> found = CheckoutPolicyIdentities.duplicates(RepoCheckout.open(repo));
    assertEquals(1, found.size(), found.toString());
    Problem p = found.get(0);
    assertTrue(p.isError());
    assertEquals("duplicate-policy", p.code());
    assertEquals(copy, p.file());
    assertEquals(6, p.line());
    assertTrue(p.message().startsWith("CiliumNetworkPolicy kube-system/coredns"), p.message());
    assertTrue(p.message().contains(COREDNS + ":11"), p.message());
  }

  @Test
  void anotherKindNamespaceOrATemplatedNameIsADifferentPolicy() throws Exception {
    Path repo =
        repoWith(
            Map.of(
                APPS + "zz/app/a.yaml.j2",
                policy("NetworkPolicy", "kube-system", "coredns")
                    + policy("CiliumNetworkPolicy", "other", "coredns")
                    + policy("CiliumNetworkPolicy", "kube-system", "#{ name }#"),
                APPS + "zz/app/b.yaml.j2",
                policy("CiliumNetworkPolicy", "kube-system", "#{ name }#")));
    assertEquals(List.of(), CheckoutPolicyIdentities.duplicates(RepoCheckout.open(repo)));
  }

  @Test
  void oneFileMayDefineAPolicyInEachBranchOfACondition() throws Exception {
    String text =
        "#% if enforce %#\n"
            + policy("CiliumNetworkPolicy", "web", "site")
            + "#% else %#\n"
            + policy("CiliumNetworkPolicy", "web", "site")
            + "#% endif %#\n";
    Path repo = repoWith(Map.of(APPS + "web/site/app/networkpolicy.yaml.j2", text));
    assertEquals(List.of(), CheckoutPolicyIdentities.duplicates(RepoCheckout.open(repo)));
  }

  @Test
  void aDiagramPolicyDefinedByAnotherTemplateIsReportedThereButItsOwnFileIsNot() throws Exception {
    String other = APPS + "kube-system/hubble/app/hand-written.yaml.j2";
    Path repo =
        repoWith(Map.of(other, policy("CiliumNetworkPolicy", "kube-system", "hubble-relay")));
    RepoCheckout checkout = RepoCheckout.open(repo);
    List<Problem> found = CheckoutPolicyIdentities.check(Examples.hubble(), checkout);
    assertEquals(1, found.size(), found.toString());
    assertEquals(other, found.get(0).file());
    assertEquals(5, found.get(0).line());
    assertTrue(found.get(0).message().contains("hubble-ui.yaml.j2"), found.get(0).message());

    String own = Examples.hubble().files().get(0).path();
    Path ownFile = repo.resolve(own);
    Files.createDirectories(ownFile.getParent());
    Files.writeString(ownFile, policy("CiliumNetworkPolicy", "kube-system", "hubble-ui"));
    assertEquals(found, CheckoutPolicyIdentities.check(Examples.hubble(), checkout));
  }
}
