package dev.policydesigner.export.plan;

import java.util.List;

/**
 * What an export wrote.
 *
 * @param written repo-relative paths of the files written, in plan order
 * @param unchanged repo-relative paths of the files left as they were
 */
public record ExportResult(List<String> written, List<String> unchanged) {
  public ExportResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
  }
}
