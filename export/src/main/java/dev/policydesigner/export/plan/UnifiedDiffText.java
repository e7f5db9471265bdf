package dev.policydesigner.export.plan;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A unified diff between two versions of a repo file, as {@code git diff} shows it. */
public final class UnifiedDiffText {
  private static final int CONTEXT = 3;

  private UnifiedDiffText() {}

  /** The diff from {@code before} (empty: a new file) to {@code after}; empty when equal. */
  public static String of(String path, Optional<String> before, String after) {
    String old = before.orElse("");
    if (before.isPresent() && old.equals(after)) {
      return "";
    }
    List<String> oldLines = lines(old);
    Patch<String> patch = DiffUtils.diff(oldLines, lines(after));
    String from = before.isPresent() ? "a/" + path : "/dev/null";
    List<String> diff =
        UnifiedDiffUtils.generateUnifiedDiff(from, "b/" + path, oldLines, patch, CONTEXT);
    if (diff.size() <= 2 && !old.equals(after)) {
      // only line endings or the final line break differ
      return "--- " + from + "\n+++ b/" + path + "\n(line endings differ)\n";
    }
    return String.join("\n", diff) + "\n";
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return new ArrayList<>();
    }
    List<String> list = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
    if (text.endsWith("\n")) {
      list.remove(list.size() - 1);
    }
    return list;
  }
}
