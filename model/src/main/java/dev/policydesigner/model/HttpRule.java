package dev.policydesigner.model;

/**
 * One L7 HTTP rule; each part is optional ({@code null} = any).
 *
 * @param method HTTP method regex, e.g. {@code GET}
 * @param path path regex, e.g. {@code /api/.*}
 * @param host host regex
 */
public record HttpRule(String method, String path, String host) {
  public HttpRule {
    method = Text.blankToNull(method);
    path = Text.blankToNull(path);
    host = Text.blankToNull(host);
  }
}
