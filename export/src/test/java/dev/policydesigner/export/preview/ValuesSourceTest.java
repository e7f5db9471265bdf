package dev.policydesigner.export.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValuesSourceTest {
  @TempDir Path repo;

  @Test
  void readsClusterYamlBeforeTheSample() throws Exception {
    Files.writeString(repo.resolve("cluster.sample.yaml"), "a: 1\n");
    Files.writeString(repo.resolve("cluster.yaml"), "---\na: 2\n---\nb: x\n");
    ValuesSource values = ValuesSource.ofRepo(repo);
    assertEquals(2, values.values().get("a"));
    assertEquals("x", values.values().get("b"));
    assertEquals(repo.resolve("cluster.yaml"), values.file().orElseThrow());
  }

  @Test
  void fallsBackToTheSampleAndThenToNothing() throws Exception {
    assertTrue(ValuesSource.ofRepo(repo).values().isEmpty());
    Files.writeString(repo.resolve("cluster.sample.yaml"), "a: 1\n");
    assertEquals(1, ValuesSource.ofRepo(repo).values().get("a"));
  }

  @Test
  void parsesOverridesAsYamlScalars() throws Exception {
    ValuesSource values =
        ValuesSource.empty()
            .withOverrides(List.of("on=true", "off=no", "n=3", "mode=enforce", "blank="));
    assertEquals(Boolean.TRUE, values.values().get("on"));
    assertEquals(Boolean.FALSE, values.values().get("off"));
    assertEquals(3, values.values().get("n"));
    assertEquals("enforce", values.values().get("mode"));
    assertEquals("", values.values().get("blank"));
  }

  @Test
  void rejectsAnOverrideWithoutEqualsSign() {
    ValuesException e =
        assertThrows(ValuesException.class, () -> ValuesSource.empty().withOverride("loki"));
    assertTrue(e.getMessage().contains("key=value"), e.getMessage());
  }

  @Test
  void namesTheLineOfBrokenYaml() throws Exception {
    Files.writeString(repo.resolve("cluster.yaml"), "a: 1\nb: [\n");
    ValuesException e = assertThrows(ValuesException.class, () -> ValuesSource.ofRepo(repo));
    assertTrue(e.getMessage().contains("cluster.yaml:"), e.getMessage());
  }
}
