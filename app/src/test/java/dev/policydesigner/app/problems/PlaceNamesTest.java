package dev.policydesigner.app.problems;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceNamesTest {
  private static final String APPS = "templates/config/kubernetes/apps/";
  private static final List<String> FILES =
      List.of(
          APPS + "network/envoy-gateway/app/networkpolicy.yaml.j2",
          APPS + "kube-system/spegel/app/networkpolicy.yaml.j2",
          APPS + "kube-system/cilium/app/hubble.yaml.j2",
          APPS + "home/default-deny.yaml.j2");

  @Test
  void aFileNameManyFilesShareKeepsTheFoldersThatTellItApart() {
    assertEquals(
        "envoy-gateway/app/networkpolicy.yaml.j2:201",
        PlaceNames.shortName(FILES.get(0) + ":201", FILES));
    assertEquals(
        "spegel/app/networkpolicy.yaml.j2:54:9",
        PlaceNames.shortName(FILES.get(1) + ":54:9", FILES));
  }

  @Test
  void aFileNameOfItsOwnIsShownAloneAndAnIdAsItIs() {
    assertEquals("hubble.yaml.j2:40", PlaceNames.shortName(FILES.get(2) + ":40", FILES));
    assertEquals("default-deny.yaml.j2", PlaceNames.shortName(FILES.get(3), FILES));
    assertEquals("hubble-ui-to-kube-dns", PlaceNames.shortName("hubble-ui-to-kube-dns", FILES));
  }
}
