/**
 * Checks over a whole repo checkout that need rendered templates, such as {@link
 * dev.policydesigner.export.check.KustomizationGuardLint}.
 */
package dev.policydesigner.export.check;
