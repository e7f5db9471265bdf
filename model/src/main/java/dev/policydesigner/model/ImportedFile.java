package dev.policydesigner.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the import read from one template, so that exporting the imported graph touches only the
 * files whose policies changed and keeps what the graph cannot express.
 *
 * <p>Two records are equal when their hashes, fingerprints, verbatim parts and forms are: the
 * original text is a convenience of a fresh import (a diagram file keeps only its hash), so a
 * loaded diagram equals the one that was saved.
 *
 * @param originalText the template exactly as it was in the repo, or {@code null} when only its
 *     hash is known (a diagram loaded from a file)
 * @param sha256 hex SHA-256 of the original text (UTF-8); computed from {@code originalText} when
 *     {@code null}
 * @param fingerprint fingerprint of the file's derived policies right after import; an export whose
 *     derived policies have the same fingerprint leaves the file alone
 * @param verbatim parts kept as written, in file order
 * @param ruleForms how the rules that became flows were written, where that differs from the
 *     writer's own form (several peers in one rule, a plain CIDR, {@code In} expressions, a peer
 *     without namespace), in file order
 * @param selectorForms how the policies' {@code endpointSelector}s were written, where that differs
 *     from the writer's own form
 * @param policyForms how the policies' banners and DNS handling were written, where that differs
 *     from the writer's and deriver's own form
 */
public record ImportedFile(
    String originalText,
    String sha256,
    String fingerprint,
    List<VerbatimBlock> verbatim,
    List<RuleForm> ruleForms,
    List<SelectorForm> selectorForms,
    List<PolicyForm> policyForms) {
  public ImportedFile {
    if (sha256 == null) {
      Objects.requireNonNull(originalText, "originalText or sha256");
      sha256 = sha256Of(originalText);
    }
    fingerprint = fingerprint == null ? "" : fingerprint;
    verbatim = List.copyOf(verbatim);
    ruleForms = ruleForms == null ? List.of() : List.copyOf(ruleForms);
    selectorForms = selectorForms == null ? List.of() : List.copyOf(selectorForms);
    policyForms = policyForms == null ? List.of() : List.copyOf(policyForms);
  }

  /** A record with rule and selector forms but no policy forms. */
  public ImportedFile(
      String originalText,
      String sha256,
      String fingerprint,
      List<VerbatimBlock> verbatim,
      List<RuleForm> ruleForms,
      List<SelectorForm> selectorForms) {
    this(originalText, sha256, fingerprint, verbatim, ruleForms, selectorForms, List.of());
  }

  /** A record without remembered forms: every rule is written in the writer's own form. */
  public ImportedFile(
      String originalText, String sha256, String fingerprint, List<VerbatimBlock> verbatim) {
    this(originalText, sha256, fingerprint, verbatim, List.of(), List.of());
  }

  /** The record of a template read just now, with its text. */
  public ImportedFile(String originalText, String fingerprint, List<VerbatimBlock> verbatim) {
    this(Objects.requireNonNull(originalText, "originalText"), null, fingerprint, verbatim);
  }

  /** A copy with another fingerprint. */
  public ImportedFile withFingerprint(String fingerprint) {
    return new ImportedFile(
        originalText, sha256, fingerprint, verbatim, ruleForms, selectorForms, policyForms);
  }

  /** A copy with other verbatim parts. */
  public ImportedFile withVerbatim(List<VerbatimBlock> verbatim) {
    return new ImportedFile(
        originalText, sha256, fingerprint, verbatim, ruleForms, selectorForms, policyForms);
  }

  /** A copy with other remembered rule and selector forms. */
  public ImportedFile withForms(List<RuleForm> ruleForms, List<SelectorForm> selectorForms) {
    return new ImportedFile(
        originalText, sha256, fingerprint, verbatim, ruleForms, selectorForms, policyForms);
  }

  /** A copy with other remembered policy forms. */
  public ImportedFile withPolicyForms(List<PolicyForm> policyForms) {
    return new ImportedFile(
        originalText, sha256, fingerprint, verbatim, ruleForms, selectorForms, policyForms);
  }

  /** The remembered banner and DNS form of one policy, if it differed. */
  public Optional<PolicyForm> policyForm(String policy) {
    return policyForms.stream().filter(f -> f.policy().equals(policy)).findFirst();
  }

  /** The remembered forms of one policy's rules in one direction, in file order. */
  public List<RuleForm> ruleForms(String policy, VerbatimSection direction) {
    return ruleForms.stream()
        .filter(f -> f.direction() == direction && f.policy().equals(policy))
        .toList();
  }

  /** The remembered form of one policy's {@code endpointSelector}, if it differed. */
  public Optional<SelectorForm> selectorForm(String policy) {
    return selectorForms.stream().filter(f -> f.policy().equals(policy)).findFirst();
  }

  /** Whether {@code text} is the template as it was imported. */
  public boolean isOriginal(String text) {
    return text != null && sha256.equals(sha256Of(text));
  }

  /** The verbatim parts of one section of one policy, in file order. */
  public List<VerbatimBlock> verbatim(String policy, VerbatimSection section) {
    return verbatim.stream()
        .filter(b -> b.section() == section && Objects.equals(b.policy(), policy))
        .toList();
  }

  /** Hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256Of(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportedFile i
        && sha256.equals(i.sha256)
        && fingerprint.equals(i.fingerprint)
        && verbatim.equals(i.verbatim)
        && ruleForms.equals(i.ruleForms)
        && selectorForms.equals(i.selectorForms)
        && policyForms.equals(i.policyForms);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sha256, fingerprint, verbatim, ruleForms, selectorForms, policyForms);
  }

  @Override
  public String toString() {
    return "ImportedFile[sha256="
        + sha256
        + ", fingerprint="
        + fingerprint
        + ", verbatim="
        + verbatim
        + ", ruleForms="
        + ruleForms
        + ", selectorForms="
        + selectorForms
        + ", policyForms="
        + policyForms
        + "]";
  }
}
