package dev.policydesigner.export.check;

/**
 * A template to render in a check.
 *
 * @param path its repo-relative path, used in messages
 * @param text its text
 */
record TemplateSourceText(String path, String text) {}
