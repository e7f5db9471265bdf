package dev.policydesigner.model.observe;

import dev.policydesigner.model.FqdnSelector;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a DNS name satisfies a {@code toFQDNs} selector, the way Cilium reads them: {@code
 * matchName} is exact; in {@code matchPattern} a lone {@code *} matches every name and otherwise
 * {@code *} matches characters of one DNS label ({@code *.example.org} matches {@code
 * a.example.org}, not {@code a.b.example.org}). Case and a trailing dot do not matter.
 */
public final class FqdnMatch {
  private FqdnMatch() {}

  /** Whether {@code name} is selected by {@code selector}. */
  public static boolean matches(FqdnSelector selector, String name) {
    String n = normalise(name);
    String v = normalise(selector.value());
    if (!selector.pattern()) {
      return n.equals(v);
    }
    if (v.equals("*")) {
      return !n.isEmpty();
    }
    StringBuilder regex = new StringBuilder();
    for (String part : v.split("\\*", -1)) {
      if (regex.length() > 0) {
        regex.append("[-a-z0-9_]*");
      }
      regex.append(Pattern.quote(part));
    }
    return n.matches(regex.toString());
  }

  /** Lower case, without a trailing dot. */
  public static String normalise(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }
}
