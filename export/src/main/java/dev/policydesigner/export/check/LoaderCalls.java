package dev.policydesigner.export.check;

import dev.policydesigner.model.check.Problem;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates that call functions of the repo's makejinja plugins ({@code loaders} / {@code plugins}
 * in {@code makejinja.toml}, Python code the designer does not run): such a template cannot be
 * rendered in the designer, which is no fault of the template. It is reported as a warning ({@value
 * #CODE}), never as an error; a function that no plugin can provide is an error.
 */
final class LoaderCalls {
  /** The code of a template rendered without the repo's plugins. */
  static final String CODE = "loader-function";

  private static final Pattern UNRESOLVED =
      Pattern.compile("Could not resolve function '([A-Za-z_][\\w.:]*)'");

  private final List<String> loaders;

  LoaderCalls(List<String> loaders) {
    this.loaders = List.copyOf(loaders);
  }

  /** The problem a failed render is: a plugin call (warning) or a broken template (error). */
  Problem explain(
      UnrenderableTemplateException e, TemplateSourceText kust, TemplateSourceText template) {
    TemplateSourceText failed = e.path().equals(kust.path()) ? kust : template;
    Optional<String> function = unresolvedFunction(e.getMessage());
    if (function.isPresent() && !loaders.isEmpty()) {
      String name =
          function.get().contains(":")
              ? function.get().substring(function.get().indexOf(':') + 1)
              : function.get();
      int line = lineOf(failed.text(), name + "(");
      return Problem.warning(
              CODE,
              "calls "
                  + name
                  + "() of the repo's makejinja plugin ("
                  + String.join(", ", loaders)
                  + "): rendered without the repo's loader; preview skipped, so whether the"
                  + " kustomization lists it exactly when it renders is not checked")
          .atFile(failed.path(), line > 0 ? line : e.line() > 0 ? e.line() : null);
    }
    return Problem.error(
            KustomizationGuardLint.RENDER_ERROR,
            e.path() + " cannot be rendered (" + e.getMessage() + "): fix the template")
        .atFile(e.path(), e.line() > 0 ? e.line() : null);
  }

  private static Optional<String> unresolvedFunction(String message) {
    Matcher m = UNRESOLVED.matcher(message == null ? "" : message);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    return 0;
  }
}
