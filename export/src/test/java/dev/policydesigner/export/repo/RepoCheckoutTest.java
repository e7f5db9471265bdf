package dev.policydesigner.export.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepoCheckoutTest {
  @TempDir Path tmp;
  Path root;

  @BeforeEach
  void copySample() throws Exception {
    root = TestData.copySampleRepo(tmp);
  }

  @Test
  void readsValuesAndKnownFlagsFromClusterYaml() throws Exception {
    RepoCheckout repo = RepoCheckout.open(root);
    assertEquals(true, repo.values().get("hubble_enabled"));
    assertEquals("audit", repo.values().get("network_policies_mode"));
    assertTrue(repo.knownFlags().contains("network_policies_enabled"));
    assertTrue(repo.knownFlags().contains("network_policies_mode"));
    assertTrue(repo.knownFlags().contains("rustfs_monitoring_enabled"));
    assertFalse(repo.knownFlags().contains("cloudflare_domain"));
    assertEquals(java.util.List.of("./templates/config"), repo.config().inputs());
  }

  @Test
  void fallsBackToClusterSampleYaml() throws Exception {
    Files.move(root.resolve("cluster.yaml"), root.resolve("cluster.sample.yaml"));
    Files.writeString(root.resolve("cluster.sample.yaml"), "demo_mode: on\nother: 1\n");
    RepoCheckout repo = RepoCheckout.open(root);
    assertEquals(java.util.Set.of("demo_mode"), repo.knownFlags());
  }

  @Test
  void opensTheCheckoutAroundAFolderInsideIt() throws Exception {
    RepoCheckout repo = RepoCheckout.open(root.resolve("templates/config"));
    assertEquals(root.toAbsolutePath().normalize(), repo.root());
    CheckoutRoot found = CheckoutRoot.find(root.resolve("templates"));
    assertTrue(found.isAbove());
    assertTrue(found.note().startsWith("Using the checkout " + repo.root()), found.note());
    assertFalse(CheckoutRoot.find(root).isAbove());
    assertEquals("", CheckoutRoot.find(root).note());
  }

  @Test
  void refusesAFolderWithoutMakejinjaToml() throws Exception {
    Path other = Files.createDirectories(tmp.resolve("elsewhere/templates"));
    RepoException e = assertThrows(RepoException.class, () -> RepoCheckout.open(other.getParent()));
    assertTrue(
        e.getMessage().contains("is not a makejinja checkout: no makejinja.toml"), e.getMessage());
    assertTrue(e.getMessage().contains("choose the repository root"), e.getMessage());
  }

  @Test
  void refusesAFolderWithoutTemplates() throws Exception {
    Path other = Files.createDirectory(tmp.resolve("other"));
    Files.copy(root.resolve("makejinja.toml"), other.resolve("makejinja.toml"));
    RepoException e = assertThrows(RepoException.class, () -> RepoCheckout.open(other));
    assertTrue(e.getMessage().contains("no templates/ folder"), e.getMessage());
  }

  @Test
  void refusesOtherDelimitersNamingTheLine() throws Exception {
    Path toml = root.resolve("makejinja.toml");
    Files.writeString(
        toml, Files.readString(toml).replace("block_start = \"#%\"", "block_start = \"{%\""));
    RepoException e = assertThrows(RepoException.class, () -> RepoCheckout.open(root));
    assertTrue(
        e.getMessage().startsWith("makejinja.toml:10: block_start is \"{%\""), e.getMessage());
  }

  @Test
  void reportsInvalidClusterYamlWithLineAndColumn() throws Exception {
    Files.writeString(root.resolve("cluster.yaml"), "a: true\nb: [unclosed\n");
    RepoException e = assertThrows(RepoException.class, () -> RepoCheckout.open(root));
    assertTrue(
        e.getMessage().matches("(?s)cluster\\.yaml:\\d+:\\d+: not valid YAML.*"), e.getMessage());
  }

  @Test
  void resolvesPathsInsideTheCheckoutAndReadsFiles() throws Exception {
    RepoCheckout repo = RepoCheckout.open(root);
    String rel = "templates/config/kubernetes/apps/storage/rustfs/app/kustomization.yaml.j2";
    assertEquals(root.toAbsolutePath().normalize().resolve(rel), repo.resolve(rel));
    assertTrue(repo.read(rel).orElseThrow().startsWith("#% if rustfs_enabled"));
    assertEquals(Optional.empty(), repo.read("templates/new/dir/file.yaml.j2"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/etc/passwd",
        "../outside.yaml",
        "templates/../../x",
        "a/./../../b",
        "templates\\..\\..\\x"
      })
  void refusesAbsolutePathsAndParentSegments(String path) throws Exception {
    RepoCheckout repo = RepoCheckout.open(root);
    RepoException e = assertThrows(RepoException.class, () -> repo.resolve(path));
    assertTrue(e.getMessage().startsWith(path), e.getMessage());
    assertTrue(
        e.getMessage().contains("absolute") || e.getMessage().contains(".."), e.getMessage());
  }

  @Test
  void refusesPathsThatLeaveThroughASymbolicLink() throws Exception {
    Path outside = Files.createDirectory(tmp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("templates/escape"), outside);
    RepoCheckout repo = RepoCheckout.open(root);
    RepoException e =
        assertThrows(RepoException.class, () -> repo.resolve("templates/escape/new/x.yaml.j2"));
    assertTrue(
        e.getMessage()
            .contains("leads out of the checkout through the symbolic link" + " templates/escape"),
        e.getMessage());
  }

  @Test
  void refusesAFileThatIsASymbolicLinkToOutside() throws Exception {
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "x");
    Files.createSymbolicLink(root.resolve("templates/link.yaml.j2"), outside);
    RepoCheckout repo = RepoCheckout.open(root);
    assertThrows(RepoException.class, () -> repo.read("templates/link.yaml.j2"));
  }

  @Test
  void acceptsSymbolicLinksThatStayInside() throws Exception {
    Files.createSymbolicLink(
        root.resolve("templates/apps"), root.resolve("templates/config/kubernetes/apps"));
    RepoCheckout repo = RepoCheckout.open(root);
    assertTrue(repo.read("templates/apps/storage/rustfs/app/kustomization.yaml.j2").isPresent());
  }
}
