package dev.policydesigner.model.walkthrough;

import dev.policydesigner.model.FqdnSelector;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * L7 rules in words: {@code HTTP GET /api/.* or any method /healthz}, {@code DNS lookups of
 * *.example.org or api.example.org}; nothing without L7 rules.
 */
final class L7Phrase {
  private L7Phrase() {}

  static Optional<String> of(L7Rules l7) {
    if (!l7.http().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (HttpRule r : l7.http()) {
        items.add(http(r));
      }
      return Optional.of("HTTP " + String.join(" or ", items));
    }
    if (!l7.dns().isEmpty()) {
      List<String> names = l7.dns().stream().map(FqdnSelector::value).toList();
      return Optional.of("DNS lookups of " + String.join(" or ", names));
    }
    return Optional.empty();
  }

  private static String http(HttpRule r) {
    String text = r.method() == null ? "any method" : r.method();
    text += r.path() == null ? " on any path" : " " + r.path();
    return r.host() == null ? text : text + " on host " + r.host();
  }
}
