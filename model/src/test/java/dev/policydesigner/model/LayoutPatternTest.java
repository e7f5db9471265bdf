package dev.policydesigner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutPatternTest {
  private final LayoutPattern layout = Settings.DEFAULT.layout();

  @ParameterizedTest
  @CsvSource({
    "templates/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2, storage",
    "templates/config/kubernetes/apps/kube-system/network-policies/app/hubble-ui.yaml.j2,"
        + " kube-system",
    "templates/config/kubernetes/flux/cluster/networkpolicy.yaml.j2, ''",
    "templates/config/kubernetes/apps/storage, ''",
    "templates/config/kubernetes/apps/#{ ns }#/app/networkpolicy.yaml.j2, ''",
    "other/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2, ''"
  })
  void readsTheNamespaceFolderWherePathFollowsThePattern(String path, String namespace) {
    Optional<String> expected = namespace.isEmpty() ? Optional.empty() : Optional.of(namespace);
    assertEquals(expected, layout.namespaceOf(path));
  }

  @ParameterizedTest
  @CsvSource({
    "templates/config/kubernetes/apps/default/storage/app/networkpolicy.yaml.j2, storage,"
        + " templates/config/kubernetes/apps/storage/storage/app/networkpolicy.yaml.j2",
    "templates/config/kubernetes/apps/default/default/app/x.yaml.j2, web,"
        + " templates/config/kubernetes/apps/web/default/app/x.yaml.j2"
  })
  void renamesOnlyTheNamespaceFolder(String path, String namespace, String moved) {
    assertEquals(Optional.of(moved), layout.withNamespace(path, namespace));
  }

  @ParameterizedTest
  @CsvSource({"storage, true", "kube-system, true", "'#{ ns }#', false", "Storage, false"})
  void tellsPlainNamespaceNamesFromPlaceholders(String namespace, boolean plain) {
    assertEquals(plain, LayoutPattern.isPlainName(namespace));
  }
}
