package dev.policydesigner.export.plan;

import dev.policydesigner.export.kustomization.EntryAction;
import java.util.Locale;

/**
 * The plan as text, one line per item: {@code created templates/…/hubble-ui.yaml.j2}, {@code
 * kustomization templates/…/kustomization.yaml.j2: + ./hubble-ui.yaml (guard: …)}; imported
 * templates left as they are read {@code unchanged … (as imported)}.
 */
public final class PlanText {
  private PlanText() {}

  /** The lines of the plan, each ending with {@code \n}. */
  public static String render(ExportPlan plan) {
    StringBuilder sb = new StringBuilder();
    for (FileChange f : plan.files()) {
      if (f.kustomization() && f.status() == FileStatus.UPDATED) {
        continue; // its entry lines say what changes
      }
      sb.append(String.format("%-10s%s", f.status().name().toLowerCase(Locale.ROOT), f.path()));
      if (f.status() == FileStatus.CONFLICT) {
        sb.append("  (changed by hand; use --overwrite to replace)");
      }
      sb.append('\n');
    }
    for (String path : plan.kept()) {
      sb.append(String.format("%-10s%s", "unchanged", path)).append("  (as imported)\n");
    }
    for (EntryChange e : plan.entries()) {
      sb.append("kustomization ")
          .append(e.kustomization())
          .append(": ")
          .append(e.action() == EntryAction.ADDED ? "+ " : "~ ")
          .append(e.entry())
          .append(" (guard: ")
          .append(e.guard().isAlways() ? "none" : e.guard().expression())
          .append(")\n");
    }
    for (String w : plan.warnings()) {
      sb.append("warning   ").append(w).append('\n');
    }
    return sb.toString();
  }
}
