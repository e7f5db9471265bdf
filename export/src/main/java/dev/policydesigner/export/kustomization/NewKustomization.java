package dev.policydesigner.export.kustomization;

import dev.policydesigner.model.Guard;

/** The text of a new kustomization template in the repo's pattern, with an empty resources list. */
public final class NewKustomization {
  private NewKustomization() {}

  /** {@code #% if guard %#}, {@code ---}, apiVersion, kind, {@code resources:}, {@code endif}. */
  public static String text(Guard guard) {
    String body =
        "---\n"
            + "apiVersion: kustomize.config.k8s.io/v1beta1\n"
            + "kind: Kustomization\n"
            + "resources:\n";
    if (guard.isAlways()) {
      return body;
    }
    return "#% if " + guard.expression() + " %#\n" + body + "#% endif %#\n";
  }
}
