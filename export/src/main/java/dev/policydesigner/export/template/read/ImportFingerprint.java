package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Diagram;
import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.derive.CiliumPolicy;
import dev.policydesigner.model.derive.DerivedFile;
import dev.policydesigner.model.derive.DerivedPolicy;
import dev.policydesigner.model.derive.PolicyDeriver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Fingerprints what a policy file would be written from: its derived policies, its settings and its
 * verbatim parts (not canvas positions or display names). An imported file whose fingerprint is
 * still the one taken at import has not been changed by the user, and export leaves it alone.
 */
public final class ImportFingerprint {
  private static final PolicyDeriver DERIVER = new PolicyDeriver();

  private ImportFingerprint() {}

  /** The fingerprint of {@code file} as derived from {@code diagram}. */
  public static String of(Diagram diagram, PolicyFile file) {
    DerivedFile derived = DERIVER.deriveFile(diagram, file);
    StringBuilder text = new StringBuilder();
    text.append(file.withImported(null)).append('\n');
    text.append(diagram.settings()).append('\n');
    file.importedFile().ifPresent(i -> text.append(i.verbatim()).append('\n'));
    for (DerivedPolicy p : derived.policies()) {
      CiliumPolicy c = p.cilium();
      text.append(c.subject()).append('\n');
      text.append(c.workload().namespace()).append(c.workload().labels()).append('\n');
      text.append(c.ingress()).append('\n').append(c.egress()).append('\n');
      text.append(p.networkPolicy()).append('\n');
    }
    return sha256(text.toString());
  }

  /**
   * Whether {@code file} was imported and its policies are what they were at import: exporting it
   * would only re-format it, so export should not write it (nor touch its kustomization entry).
   */
  public static boolean unchangedSinceImport(Diagram diagram, PolicyFile file) {
    return file.importedFile()
        .map(i -> !i.fingerprint().isEmpty() && i.fingerprint().equals(of(diagram, file)))
        .orElse(false);
  }

  /** The diagram with every imported file's fingerprint taken now. */
  static Diagram stamp(Diagram diagram) {
    List<PolicyFile> files = new ArrayList<>();
    for (PolicyFile f : diagram.files()) {
      ImportedFile imp = f.imported();
      files.add(imp == null ? f : f.withImported(imp.withFingerprint(of(diagram, f))));
    }
    return diagram.withFiles(files);
  }

  private static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
