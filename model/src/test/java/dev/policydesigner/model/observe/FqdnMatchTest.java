package dev.policydesigner.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.policydesigner.model.FqdnSelector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FqdnMatchTest {
  @ParameterizedTest(name = "{0} {1} vs {2} -> {3}")
  @CsvSource({
    "false, api.github.com, api.github.com, true",
    "false, api.github.com, API.GitHub.com., true",
    "false, api.github.com, github.com, false",
    "true, *, anything.example.org, true",
    "true, *.example.org, a.example.org, true",
    "true, *.example.org, a.b.example.org, false",
    "true, *.example.org, example.org, false",
    "true, s3.*.amazonaws.com, s3.eu-west-1.amazonaws.com, true",
    "true, api.github.com, api.github.com, true",
  })
  void matchesNamesTheWayCiliumSelectorsDo(
      boolean pattern, String selector, String name, boolean expected) {
    assertEquals(expected, FqdnMatch.matches(new FqdnSelector(pattern, selector), name));
  }
}
