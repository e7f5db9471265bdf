/**
 * Placing nodes on the canvas: {@link dev.policydesigner.model.layout.NamespaceLayout} groups them
 * by namespace into non-overlapping boxes (used by import and by "layout by namespace").
 */
package dev.policydesigner.model.layout;
