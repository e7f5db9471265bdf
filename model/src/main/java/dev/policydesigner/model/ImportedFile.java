package dev.policydesigner.model;

import java.util.List;
import java.util.Objects;

/**
 * What the import read from one template, so that exporting the imported graph touches only the
 * files whose policies changed and keeps what the graph cannot express.
 *
 * @param originalText the template exactly as it was in the repo
 * @param fingerprint fingerprint of the file's derived policies right after import; an export whose
 *     derived policies have the same fingerprint leaves the file alone
 * @param verbatim parts kept as written, in file order
 */
public record ImportedFile(String originalText, String fingerprint, List<VerbatimBlock> verbatim) {
  public ImportedFile {
    Objects.requireNonNull(originalText, "originalText");
    fingerprint = fingerprint == null ? "" : fingerprint;
    verbatim = List.copyOf(verbatim);
  }

  /** A copy with another fingerprint. */
  public ImportedFile withFingerprint(String fingerprint) {
    return new ImportedFile(originalText, fingerprint, verbatim);
  }

  /** The verbatim parts of one section of one policy, in file order. */
  public List<VerbatimBlock> verbatim(String policy, VerbatimSection section) {
    return verbatim.stream()
        .filter(b -> b.section() == section && Objects.equals(b.policy(), policy))
        .toList();
  }
}
