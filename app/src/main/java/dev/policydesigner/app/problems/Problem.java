package dev.policydesigner.app.problems;

/**
 * One problem shown in the Problems tab.
 *
 * @param severity "error" or "warning"
 * @param message what is wrong and what to do
 * @param elementId the node or flow it concerns, or {@code null}
 */
public record Problem(String severity, String message, String elementId) {}
