package dev.policydesigner.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.export.testing.TestData;
import dev.policydesigner.model.example.Examples;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConditionVocabularyTest {
  @Test
  void findsFlagsInTheDiagramsConditionsAndGuards() {
    Set<String> flags = ConditionVocabulary.flags(Examples.hubble(), null);
    assertTrue(flags.contains("monitoring_enabled"));
    assertTrue(flags.contains("hubble_enabled"));
    assertFalse(flags.contains("default"));
  }

  @Test
  void findsTheTopLevelKeysOfTheReposClusterFile() {
    Path repo = TestData.sampleRepo();
    Set<String> flags = ConditionVocabulary.flags(Examples.hubble(), repo);
    assertTrue(flags.contains("rustfs_enabled"), flags.toString());
  }

  @Test
  void completesTheLastWordOfWhatWasTyped() {
    assertEquals(
        List.of("a and monitoring_enabled | default(false)"),
        ConditionVocabulary.complete(
            "a and monit", Set.of("monitoring_enabled", "hubble_enabled")));
  }
}
