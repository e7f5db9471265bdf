package dev.policydesigner.export.check;

import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.check.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code kustomization-guard}: a kustomization template must list a file exactly when the file's
 * template renders something. makejinja writes no file for an empty render, so an entry listed
 * while its template renders empty breaks {@code kustomize build} (error), and a rendered policy
 * that is not listed is never applied (warning).
 *
 * <p>Checked for every {@code kustomization.yaml.j2} under {@code templates/}: each entry {@code
 * ./x.yaml} with a sibling template {@code x.yaml.j2}, and each policy template beside it that it
 * does not list. Both files are rendered with the repo's values under every combination of the
 * boolean flags that decide the pair (see {@link GuardAgreement}; at most {@value
 * GuardAgreement#MAX_FLAGS}) in audit and enforce mode; with more flags, the conditions enclosing
 * the entry and the template are compared as written. Entries without a sibling template (plain
 * files) are not checked. A template that fails to render is reported as {@code render-error} at
 * its line, unless it calls a function of the repo's makejinja plugins, which the designer cannot
 * run: that is a {@code loader-function} warning and the pair is not checked ({@link LoaderCalls}).
 */
public final class KustomizationGuardLint {
  /** The code of this lint's problems. */
  public static final String CODE = "kustomization-guard";

  /** The code of a template that cannot be rendered. */
  public static final String RENDER_ERROR = "render-error";

  private static final String KUSTOMIZATION = "kustomization.yaml" + PolicyTemplates.SUFFIX;

  private final MakejinjaRenderer renderer = new MakejinjaRenderer();
  private final String modeFlag = Settings.DEFAULT.modeFlag();

  /**
   * The problems of every kustomization template of the checkout, in path order.
   *
   * @throws IOException when the templates cannot be listed or read
   */
  public List<Problem> check(RepoCheckout checkout) throws IOException {
    GuardAgreement agreement = new GuardAgreement(renderer, checkout.values(), modeFlag);
    PairCheck pairs = new PairCheck(agreement, new LoaderCalls(checkout.config().loaders()));
    for (Path kustomization : kustomizations(checkout.root().resolve("templates"))) {
      checkDirectory(checkout, kustomization, pairs);
    }
    return pairs.problems();
  }

  private static void checkDirectory(RepoCheckout checkout, Path kustomization, PairCheck pairs)
      throws IOException {
    TemplateSourceText kust = read(checkout, kustomization);
    Path dir = kustomization.getParent();
    List<ResourceEntry> entries = ResourceEntry.of(kust.text());
    Set<String> listed = new LinkedHashSet<>();
    for (ResourceEntry entry : entries) {
      listed.add(entry.name());
      Path sibling = dir.resolve(entry.name() + PolicyTemplates.SUFFIX).normalize();
      if (sibling.startsWith(dir) && Files.isRegularFile(sibling)) {
        pairs.check(kust, entry, read(checkout, sibling));
      }
    }
    int resourcesLine = ResourceEntry.resourcesLine(kust.text());
    for (Path template : policyTemplatesIn(dir)) {
      String name = template.getFileName().toString();
      String output = name.substring(0, name.length() - PolicyTemplates.SUFFIX.length());
      if (!listed.contains(output)) {
        pairs.check(kust, new ResourceEntry(output, resourcesLine), read(checkout, template));
      }
    }
  }

  private static List<Path> kustomizations(Path templates) throws IOException {
    if (!Files.isDirectory(templates)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(templates)) {
      return walk.filter(p -> p.getFileName().toString().equals(KUSTOMIZATION))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  private static List<Path> policyTemplatesIn(Path dir) throws IOException {
    List<Path> result = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : (Iterable<Path>) files.sorted()::iterator) {
        String name = p.getFileName().toString();
        if (Files.isRegularFile(p)
            && name.endsWith(".yaml" + PolicyTemplates.SUFFIX)
            && !name.equals(KUSTOMIZATION)
            && PolicyTemplates.isPolicy(Files.readString(p, StandardCharsets.UTF_8))) {
          result.add(p);
        }
      }
    }
    return result;
  }

  private static TemplateSourceText read(RepoCheckout checkout, Path file) throws IOException {
    return new TemplateSourceText(
        checkout.relative(file), Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Checks entry–template pairs and collects their problems; a broken template once. */
  private static final class PairCheck {
    private final GuardAgreement agreement;
    private final LoaderCalls loaders;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> unrenderable = new LinkedHashSet<>();

    PairCheck(GuardAgreement agreement, LoaderCalls loaders) {
      this.agreement = agreement;
      this.loaders = loaders;
    }

    void check(TemplateSourceText kust, ResourceEntry entry, TemplateSourceText template) {
      if (unrenderable.contains(kust.path()) || unrenderable.contains(template.path())) {
        return;
      }
      if (agreement.flags(kust, entry, template).size() > GuardAgreement.MAX_FLAGS) {
        GuardTextComparison.compare(kust, entry, template).ifPresent(problems::add);
        return;
      }
      try {
        Optional<GuardAgreement.Disagreement> d = agreement.find(kust, entry, template);
        d.ifPresent(found -> problems.add(problem(kust, entry, template, found)));
      } catch (UnrenderableTemplateException e) {
        unrenderable.add(e.path());
        problems.add(loaders.explain(e, kust, template));
      }
    }

    List<Problem> problems() {
      return List.copyOf(problems);
    }

    private static Problem problem(
        TemplateSourceText kust,
        ResourceEntry entry,
        TemplateSourceText template,
        GuardAgreement.Disagreement d) {
      String example = " (e.g. with " + d.combination().describe() + ")";
      String templateName = Path.of(template.path()).getFileName().toString();
      String unused =
          PolicyTemplates.isPolicy(template.text())
              ? ": the policy is written but never applied"
              : ": the file is written but never applied";
      Problem p =
          d.listed()
              ? Problem.error(
                  CODE,
                  "lists "
                      + entry.listed()
                      + " when it renders empty"
                      + example
                      + ": makejinja writes no file then and kustomize fails on the missing"
                      + " resource; put the entry under the same condition as "
                      + templateName)
              : Problem.warning(
                  CODE,
                  "omits "
                      + entry.listed()
                      + " although it renders"
                      + example
                      + unused
                      + "; list it under the same condition as "
                      + templateName);
      return p.atFile(kust.path(), entry.line());
    }
  }
}
