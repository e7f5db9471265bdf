package dev.policydesigner.export.check;

import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.VerbatimBlock;
import dev.policydesigner.model.check.Problem;
import dev.policydesigner.model.check.TemplatePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of imported files kept as written ({@link VerbatimBlock}) are template text the
 * designer writes back unchanged, so each must be text the checkout's file already holds: a diagram
 * cannot bring new template code into a repo that way. Code {@code verbatim-not-in-checkout}.
 */
public final class VerbatimProvenance {
  /** The problem code. */
  public static final String CODE = "verbatim-not-in-checkout";

  private VerbatimProvenance() {}

  /** A problem for every kept part that is not in its file in {@code checkout}. */
  public static List<Problem> check(Diagram diagram, RepoCheckout checkout) throws RepoException {
    List<Problem> out = new ArrayList<>();
    // a file with an invalid path is reported by check
    for (PolicyFile file : diagram.files()) {
      List<VerbatimBlock> blocks = file.importedFile().map(i -> i.verbatim()).orElse(List.of());
      if (blocks.isEmpty() || !TemplatePaths.isValid(file.path())) {
        continue;
      }
      Optional<String> current = checkout.read(file.path());
      for (VerbatimBlock b : blocks) {
        if (current.isEmpty() || !current.get().contains(b.text())) {
          out.add(
              Problem.error(
                      CODE,
                      "the part kept as written from line "
                          + b.line()
                          + " of the imported file is not in "
                          + file.path()
                          + (current.isEmpty() ? " (the file is not in the checkout)" : "")
                          + ": the designer writes back only text it read there; import the"
                          + " file again or remove the part from the diagram")
                  .atFile(file.path(), b.line() > 0 ? b.line() : null));
        }
      }
    }
    return out;
  }
}
