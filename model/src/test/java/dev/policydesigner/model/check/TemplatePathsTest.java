package dev.policydesigner.model.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplatePathsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "templates/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2",
        "templates/a/b_c-d.e/x-1.yaml.j2",
        "templates/x.yaml.j2"
      })
  void acceptsLowerCaseRelativeTemplatePaths(String path) {
    assertEquals(Optional.empty(), TemplatePaths.check("path", path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "templates/config/x#{ cycler.__init__.__globals__.os.popen('id').read() }#.yaml.j2",
        "templates/a\nnamePrefix: pwned-\n.yaml.j2",
        "templates/a\u2028b.yaml.j2",
        "templates/a: b.yaml.j2",
        "templates/Upper.yaml.j2",
        "templates/a b.yaml.j2",
        "templates/a'b.yaml.j2",
        "templates/a\"b.yaml.j2",
        "templates/a#%b.yaml.j2",
        "templates/a\0b.yaml.j2",
        "templates/../x.yaml.j2",
        "templates/./x.yaml.j2",
        "templates/.git/x.yaml.j2",
        "templates//x.yaml.j2",
        "templates/.yaml.j2",
        "templates/x.yaml",
        "/templates/x.yaml.j2",
        ".github/workflows/x.yaml.j2",
        "x.yaml.j2",
        "templates\\x.yaml.j2",
        ""
      })
  void refusesEverythingElse(String path) {
    Optional<String> problem = TemplatePaths.check("path", path);
    assertTrue(problem.isPresent(), path);
    assertTrue(!problem.get().contains("\n") && !problem.get().contains("\0"), problem.get());
  }

  @Test
  void namesTheColumnOfAForbiddenCharacter() {
    String message = TemplatePaths.check("path", "templates/aB.yaml.j2").orElseThrow();
    assertTrue(message.contains("upper-case letter 'B' at column 12"), message);
    String nul = TemplatePaths.check("path", "templates/a\0.yaml.j2").orElseThrow();
    assertTrue(nul.contains("NUL character at column 12"), nul);
  }
}
