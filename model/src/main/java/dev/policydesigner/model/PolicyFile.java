package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code .yaml.j2} template in the repo and the policies it holds.
 *
 * @param path repo-relative path, e.g. {@code
 *     templates/config/kubernetes/apps/storage/rustfs/app/networkpolicy.yaml.j2}
 * @param guard the outer {@code #% if … %#} of the file
 * @param defaultDenyStyle how {@code enableDefaultDeny} is written
 * @param subjects the policies in file order
 * @param kustomization repo-relative path of the kustomization that lists the file, or {@code null}
 *     for the {@code kustomization.yaml.j2} beside it
 * @param imported what was read from the repo when the file was imported (its original text, the
 *     fingerprint of its policies and the parts kept verbatim), or {@code null} for a file the
 *     designer created
 */
public record PolicyFile(
    String path,
    Guard guard,
    DefaultDenyStyle defaultDenyStyle,
    List<PolicySubject> subjects,
    String kustomization,
    ImportedFile imported) {
  public PolicyFile {
    Objects.requireNonNull(path, "path");
    guard = guard == null ? Guard.ALWAYS : guard;
    defaultDenyStyle = defaultDenyStyle == null ? DefaultDenyStyle.IF_BLOCK : defaultDenyStyle;
    subjects = List.copyOf(subjects);
    kustomization = Text.blankToNull(kustomization);
  }

  /** A file the designer created (not imported). */
  public PolicyFile(
      String path,
      Guard guard,
      DefaultDenyStyle defaultDenyStyle,
      List<PolicySubject> subjects,
      String kustomization) {
    this(path, guard, defaultDenyStyle, subjects, kustomization, null);
  }

  /** The import record, if the file was read from the repo. */
  public Optional<ImportedFile> importedFile() {
    return Optional.ofNullable(imported);
  }

  /** A copy with another import record ({@code null} for none). */
  public PolicyFile withImported(ImportedFile imported) {
    return new PolicyFile(path, guard, defaultDenyStyle, subjects, kustomization, imported);
  }

  /**
   * The kustomization that lists this file: the explicit one or the sibling {@code
   * kustomization.yaml.j2}.
   */
  public String kustomizationPath() {
    if (kustomization != null) {
      return kustomization;
    }
    int slash = path.lastIndexOf('/');
    return (slash < 0 ? "" : path.substring(0, slash + 1)) + "kustomization.yaml.j2";
  }

  /** The kustomization entry's resource name: {@code ./networkpolicy.yaml}. */
  public String resourceEntry() {
    String file = path.substring(path.lastIndexOf('/') + 1);
    return "./" + (file.endsWith(".j2") ? file.substring(0, file.length() - 3) : file);
  }

  /** A copy with other subjects. */
  public PolicyFile withSubjects(List<PolicySubject> subjects) {
    return new PolicyFile(path, guard, defaultDenyStyle, subjects, kustomization, imported);
  }

  /** A copy with another outer guard. */
  public PolicyFile withGuard(Guard guard) {
    return new PolicyFile(path, guard, defaultDenyStyle, subjects, kustomization, imported);
  }

  /** A copy at another path. */
  public PolicyFile withPath(String path) {
    return new PolicyFile(path, guard, defaultDenyStyle, subjects, kustomization, imported);
  }
}
