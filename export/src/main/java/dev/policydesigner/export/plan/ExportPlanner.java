package dev.policydesigner.export.plan;

import dev.policydesigner.export.kustomization.EntryAction;
import dev.policydesigner.export.kustomization.KustomizationException;
import dev.policydesigner.export.kustomization.KustomizationPatch;
import dev.policydesigner.export.kustomization.KustomizationPatcher;
import dev.policydesigner.export.kustomization.NewKustomization;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.export.template.read.ImportFingerprint;
import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.Guard;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes what exporting a diagram into a checkout would do, without writing: the text of every
 * policy template (with its {@link GeneratedMarker}), whether it is new, changed, unchanged or
 * changed by hand, and the kustomization entries it needs (files sharing a kustomization are
 * patched together into one text).
 */
public final class ExportPlanner {
  private final KustomizationPatcher patcher = new KustomizationPatcher();

  /**
   * The plan for exporting {@code diagram} into {@code repo}.
   *
   * @param source the template text of each derived file
   * @throws RepoException when a path leaves the checkout, a file cannot be read, or a
   *     kustomization cannot be patched
   */
  public ExportPlan plan(Diagram diagram, RepoCheckout repo, TemplateSource source)
      throws RepoException {
    return plan(diagram, repo, source, false);
  }

  /**
   * The plan for exporting {@code diagram} into {@code repo}; files imported from the repo whose
   * policies did not change since import are left alone (template and kustomization entry) unless
   * {@code regenerate} is set.
   *
   * @param source the template text of each derived file
   * @param regenerate whether unchanged imported files are rewritten from the graph too
   * @throws RepoException when a path leaves the checkout, a file cannot be read, or a
   *     kustomization cannot be patched
   */
  public ExportPlan plan(
      Diagram diagram, RepoCheckout repo, TemplateSource source, boolean regenerate)
      throws RepoException {
    List<FileChange> files = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Map<String, List<PolicyFile>> byKustomization = new LinkedHashMap<>();
    for (DerivedFile derived : new PolicyDeriver().derive(diagram)) {
      PolicyFile file = derived.file();
      repo.resolve(file.path());
      if (!regenerate && ImportFingerprint.unchangedSinceImport(diagram, file)) {
        kept.add(file.path());
        continue;
      }
      String after = GeneratedMarker.mark(source.text(derived));
      Optional<String> before = repo.read(file.path());
      boolean asImported =
          before.isPresent()
              && file.importedFile().map(i -> i.isOriginal(before.get())).orElse(false);
      files.add(templateChange(file.path(), before, after, asImported));
      byKustomization.computeIfAbsent(file.kustomizationPath(), k -> new ArrayList<>()).add(file);
    }
    List<EntryChange> entries = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, List<PolicyFile>> k : byKustomization.entrySet()) {
      files.add(kustomizationChange(repo, k.getKey(), k.getValue(), entries, warnings));
    }
    return new ExportPlan(repo, files, entries, warnings, kept);
  }

  private static FileChange templateChange(
      String path, Optional<String> before, String after, boolean asImported) {
    FileStatus status;
    if (before.isEmpty()) {
      status = FileStatus.CREATED;
    } else if (before.get().equals(after)) {
      status = FileStatus.UNCHANGED;
    } else if (asImported || GeneratedMarker.producedByExport(before.get())) {
      status = FileStatus.UPDATED;
    } else {
      status = FileStatus.CONFLICT;
    }
    return new FileChange(
        path, false, status, before, after, UnifiedDiffText.of(path, before, after));
  }

  private FileChange kustomizationChange(
      RepoCheckout repo,
      String path,
      List<PolicyFile> files,
      List<EntryChange> entries,
      List<String> warnings)
      throws RepoException {
    Optional<String> before = repo.read(path);
    String text = before.orElseGet(() -> NewKustomization.text(commonGuard(files)));
    for (PolicyFile file : files) {
      KustomizationPatch patch;
      try {
        patch = patcher.patch(path, Optional.of(text), entryName(path, file.path()), file.guard());
      } catch (KustomizationException e) {
        throw new RepoException(e.getMessage(), e);
      }
      text = patch.text();
      if (patch.action() != EntryAction.UNCHANGED) {
        entries.add(new EntryChange(path, patch.entry(), patch.action(), patch.guard()));
      }
      patch.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
    }
    FileStatus status =
        before.isEmpty()
            ? FileStatus.CREATED
            : before.get().equals(text) ? FileStatus.UNCHANGED : FileStatus.UPDATED;
    return new FileChange(path, true, status, before, text, UnifiedDiffText.of(path, before, text));
  }

  /** The conjuncts every file's guard shares: the guard of a new kustomization. */
  static Guard commonGuard(List<PolicyFile> files) {
    List<String> common = new ArrayList<>(files.get(0).guard().conjuncts());
    for (PolicyFile f : files) {
      common.retainAll(f.guard().conjuncts());
    }
    return new Guard(common);
  }

  /** The resource entry of a template, relative to the kustomization's folder. */
  static String entryName(String kustomizationPath, String templatePath) {
    String target =
        templatePath.endsWith(".j2")
            ? templatePath.substring(0, templatePath.length() - 3)
            : templatePath;
    int slash = kustomizationPath.lastIndexOf('/');
    String dir = slash < 0 ? "" : kustomizationPath.substring(0, slash);
    String rel =
        dir.isEmpty()
            ? target
            : java.nio.file.Path.of(dir).relativize(java.nio.file.Path.of(target)).toString();
    rel = rel.replace('\\', '/');
    return rel.startsWith("../") ? rel : "./" + rel;
  }
}
