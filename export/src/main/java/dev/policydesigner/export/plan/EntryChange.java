package dev.policydesigner.export.plan;

import dev.policydesigner.export.kustomization.EntryAction;
import dev.policydesigner.model.Guard;

/**
 * A kustomization entry an export adds or re-guards.
 *
 * @param kustomization the kustomization's repo-relative path
 * @param entry the resource, e.g. {@code ./hubble-ui.yaml}
 * @param action {@link EntryAction#ADDED} or {@link EntryAction#UPDATED}
 * @param guard the guard wrapped around the entry ({@link Guard#ALWAYS} when unwrapped)
 */
public record EntryChange(String kustomization, String entry, EntryAction action, Guard guard) {}
