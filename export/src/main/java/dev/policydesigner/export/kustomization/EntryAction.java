package dev.policydesigner.export.kustomization;

/** What a patch did to a kustomization entry. */
public enum EntryAction {
  /** The entry was not listed; now it is. */
  ADDED,
  /** The entry was listed under another guard; its guard was replaced. */
  UPDATED,
  /** The entry was already listed under the right guard; the text is unchanged. */
  UNCHANGED
}
