package dev.policydesigner.model.check;

import dev.policydesigner.model.expr.Condition;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Syntax rules of the names and numbers that end up in Kubernetes and Cilium objects. Each check
 * returns an empty Optional for a valid value, or a message saying what is wrong and what is
 * allowed.
 */
public final class KubernetesNames {
  private static final Pattern LABEL_NAME =
      Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern JINJA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String LABEL_NAME_RULE =
      "1–63 characters of letters, digits, '-', '_' or '.' starting and ending with a letter or"
          + " digit";
  private static final String SUBDOMAIN_RULE =
      "a DNS subdomain of at most 253 characters: lower-case letters, digits, '-' and '.', each"
          + " dot-separated part starting and ending with a letter or digit";

  /** The highest TCP/UDP/SCTP port. */
  public static final int MAX_PORT = 65535;

  private KubernetesNames() {}

  /** A label key: optional DNS subdomain prefix and {@code /}, then a name of 1–63 characters. */
  public static Optional<String> labelKey(String key) {
    String what = "label key " + quote(key) + " is invalid: ";
    int slash = key.indexOf('/');
    if (slash >= 0 && key.indexOf('/', slash + 1) >= 0) {
      return Optional.of(what + "it may contain only one '/', between the prefix and the name");
    }
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      if (prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return Optional.of(what + "the prefix before \"/\" must be " + SUBDOMAIN_RULE);
      }
    }
    String name = key.substring(slash + 1);
    if (name.length() > 63 || !LABEL_NAME.matcher(name).matches()) {
      String part = slash >= 0 ? "the name part after \"/\"" : "the name";
      return Optional.of(what + part + " must be " + LABEL_NAME_RULE);
    }
    return Optional.empty();
  }

  /** A label value: empty, or up to 63 characters like a label name. */
  public static Optional<String> labelValue(String value) {
    if (value.isEmpty() || (value.length() <= 63 && LABEL_NAME.matcher(value).matches())) {
      return Optional.empty();
    }
    return Optional.of(
        "label value "
            + quote(value)
            + " is invalid: it must be empty or "
            + LABEL_NAME_RULE.replace("1–63", "at most 63"));
  }

  /** A namespace: a DNS-1123 label. */
  public static Optional<String> namespace(String namespace) {
    return dnsLabel(namespace)
        .map(rule -> "namespace " + quote(namespace) + " is invalid: " + rule);
  }

  /** A DNS-1123 label, e.g. a namespace: the rule it breaks, or empty. */
  private static Optional<String> dnsLabel(String text) {
    if (text.length() <= 63 && DNS_LABEL.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "it must be 1–63 characters of lower-case letters, digits or '-', starting and ending with"
            + " a letter or digit");
  }

  /** An object name such as a policy's {@code metadata.name}: a DNS-1123 subdomain. */
  public static Optional<String> objectName(String name) {
    if (name.length() <= 253 && DNS_SUBDOMAIN.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of("name " + quote(name) + " is invalid: it must be " + SUBDOMAIN_RULE);
  }

  /** A port number, 1–65535. */
  public static Optional<String> port(int port) {
    if (port >= 1 && port <= MAX_PORT) {
      return Optional.empty();
    }
    return Optional.of("port " + port + " is out of range: ports are 1–" + MAX_PORT);
  }

  /** A port range: {@code port} valid and {@code endPort}, when set, from {@code port} to 65535. */
  public static Optional<String> portRange(int port, Integer endPort) {
    Optional<String> first = port(port);
    if (first.isPresent() || endPort == null) {
      return first;
    }
    if (endPort > MAX_PORT) {
      return Optional.of("end port " + endPort + " is out of range: ports are 1–" + MAX_PORT);
    }
    if (endPort < port) {
      return Optional.of(
          "end port "
              + endPort
              + " is below port "
              + port
              + ": a range must end at or after its"
              + " first port");
    }
    return Optional.empty();
  }

  /** A port name (IANA service name): 1–15 lower-case letters, digits, '-', with a letter. */
  public static Optional<String> portName(String name) {
    if (name.length() <= 15
        && PORT_NAME.matcher(name).matches()
        && !name.contains("--")
        && name.chars().anyMatch(Character::isLetter)) {
      return Optional.empty();
    }
    return Optional.of(
        "port name "
            + quote(name)
            + " is invalid: it must be 1–15 lower-case letters, digits or '-', with at least one"
            + " letter, starting and ending with a letter or digit and without '--'");
  }

  /** The syntax of an IPv4 or IPv6 CIDR; host bits are checked by {@link #cidrHostBits}. */
  public static Optional<String> cidr(String cidr) {
    try {
      CidrBlock.parse(cidr);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of("CIDR " + quote(cidr) + " is invalid: " + e.getMessage());
    }
  }

  /**
   * A warning when a valid CIDR has bits set after its prefix ({@code 10.0.0.5/24}): Cilium clears
   * them, so the range is wider than the address suggests.
   */
  public static Optional<String> cidrHostBits(String cidr) {
    try {
      CidrBlock block = CidrBlock.parse(cidr);
      if (!block.hasHostBits()) {
        return Optional.empty();
      }
      return Optional.of(
          "CIDR "
              + quote(cidr)
              + " has bits set after the prefix: it covers all of "
              + block.network()
              + "; write "
              + block.network()
              + " (or use /"
              + (block.isIpv6() ? 128 : 32)
              + " for the single address)");
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** A Cilium {@code matchName}: an exact DNS name. */
  public static Optional<String> fqdnName(String name) {
    return FqdnSyntax.check(name, false);
  }

  /** A Cilium {@code matchPattern}: a DNS name in which {@code *} matches characters. */
  public static Optional<String> fqdnPattern(String pattern) {
    return FqdnSyntax.check(pattern, true);
  }

  /**
   * An HTTP method of an L7 rule: a regular expression matched against the method (Cilium uses
   * extended POSIX syntax), such as {@code GET} or {@code GET|HEAD}; no spaces.
   */
  public static Optional<String> httpMethod(String method) {
    if (method.isBlank() || method.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of(
          "HTTP method " + quote(method) + " is invalid: write a method such as GET, or GET|HEAD");
    }
    return regex("HTTP method", method);
  }

  /**
   * An HTTP path of an L7 rule: a regular expression matched against the whole path, starting with
   * {@code /}, such as {@code /api/v1/.*}.
   */
  public static Optional<String> httpPath(String path) {
    if (!path.startsWith("/")) {
      return Optional.of(
          "HTTP path " + quote(path) + " is invalid: it must start with /, e.g. /api/.*");
    }
    if (path.chars().anyMatch(Character::isWhitespace)) {
      return Optional.of("HTTP path " + quote(path) + " is invalid: it must not hold spaces");
    }
    return regex("HTTP path", path);
  }

  /**
   * {@code text} with every brace that does not make a repetition such as {@code {2}} or {@code
   * {1,3}} escaped: Cilium's regular expressions (RE2) read such braces as themselves, Java's would
   * refuse them.
   */
  private static String literalBraces(String text) {
    java.util.regex.Matcher repeat =
        java.util.regex.Pattern.compile("\\{\\d+(,\\d*)?}").matcher("");
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        out.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '{' && repeat.reset(text).region(i, text.length()).lookingAt()) {
        out.append(repeat.group());
        i = repeat.end();
        continue;
      }
      out.append(c == '{' || c == '}' ? "\\" + c : String.valueOf(c));
      i++;
    }
    return out.toString();
  }

  private static Optional<String> regex(String what, String text) {
    try {
      java.util.regex.Pattern.compile(literalBraces(text));
      return Optional.empty();
    } catch (java.util.regex.PatternSyntaxException e) {
      return Optional.of(
          what
              + " "
              + quote(text)
              + " is not a valid regular expression: "
              + e.getDescription()
              + " at character "
              + (e.getIndex() + 1));
    }
  }

  /**
   * The host of an L7 HTTP rule. Cilium documents it as a regex, but the CRD's schema declares it
   * an {@code idn-hostname}, so the API server rejects anything but a plain host name.
   */
  public static Optional<String> httpHost(String host) {
    boolean ok =
        host.length() <= 253
            && host.matches(
                "[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]{0,61}[A-Za-z0-9])?)*");
    return ok
        ? Optional.empty()
        : Optional.of(
            "HTTP host "
                + quote(host)
                + " is invalid: the CiliumNetworkPolicy schema accepts only a host name such as"
                + " api.example.org (letters, digits, '-' and '.'; no regex characters)");
  }

  /** A Jinja expression used as a condition or guard conjunct. */
  public static Optional<String> jinjaCondition(String condition) {
    return Condition.problem(condition)
        .map(
            e ->
                "condition "
                    + quote(condition)
                    + " is invalid at column "
                    + e.column()
                    + ": "
                    + e.reason());
  }

  /** A Jinja variable name such as {@code network_policies_enabled}. */
  public static Optional<String> jinjaVariable(String name) {
    if (JINJA_NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        "variable name "
            + quote(name)
            + " is invalid: it must be letters, digits and '_', not starting with a digit");
  }

  /** {@code text} in double quotes, with quotes, backslashes and invisible characters escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT
          || c == '\u2028'
          || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
