package dev.policydesigner.app.inspector;

import java.util.regex.Pattern;

/**
 * Checks of what the user types; each returns {@code null} when the input is valid, else a message
 * saying what is wrong.
 */
public final class InputRules {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

  private InputRules() {}

  /** A Kubernetes namespace: a DNS-1123 label. */
  public static String namespace(String s) {
    if (s == null || s.isEmpty()) {
      return "A namespace is required";
    }
    if (s.length() > 63 || !DNS_LABEL.matcher(s).matches()) {
      return "Use at most 63 lower-case letters, digits and '-', starting and ending alphanumeric";
    }
    return null;
  }

  /** A label key: optional DNS subdomain prefix and '/', then a name of at most 63 characters. */
  public static String labelKey(String s) {
    if (s == null || s.isEmpty()) {
      return "A label key is required";
    }
    int slash = s.indexOf('/');
    String name = slash < 0 ? s : s.substring(slash + 1);
    if (slash >= 0) {
      String prefix = s.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches()) {
        return "The prefix before '/' must be a DNS subdomain such as app.kubernetes.io";
      }
    }
    if (name.isEmpty() || name.length() > 63 || !NAME.matcher(name).matches()) {
      return "The name must be 1–63 letters, digits, '-', '_' or '.', starting and ending"
          + " alphanumeric";
    }
    return null;
  }

  /** A label value: empty, or at most 63 letters, digits, '-', '_', '.'. */
  public static String labelValue(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    if (s.length() > 63 || !NAME.matcher(s).matches()) {
      return "Use at most 63 letters, digits, '-', '_' or '.', starting and ending alphanumeric";
    }
    return null;
  }

  /** A port number 1–65535. */
  public static String port(String s) {
    try {
      int p = Integer.parseInt(s == null ? "" : s.strip());
      return p >= 1 && p <= 65535 ? null : "A port is a number from 1 to 65535";
    } catch (NumberFormatException e) {
      return "A port is a number from 1 to 65535";
    }
  }

  /** Empty, or a port number. */
  public static String optionalPort(String s) {
    return s == null || s.isBlank() ? null : port(s);
  }

  /** An IPv4 or IPv6 CIDR such as {@code 10.0.0.0/8}. */
  public static String cidr(String s) {
    String msg = "Write an address and prefix length, e.g. 10.0.0.0/8 or 2001:db8::/32";
    if (s == null) {
      return msg;
    }
    int slash = s.indexOf('/');
    if (slash < 0) {
      return msg;
    }
    String ip = s.substring(0, slash);
    int max = IPV4.matcher(ip).matches() ? 32 : IPV6.matcher(ip).matches() ? 128 : -1;
    try {
      int len = Integer.parseInt(s.substring(slash + 1));
      return max > 0 && len >= 0 && len <= max ? null : msg;
    } catch (NumberFormatException e) {
      return msg;
    }
  }

  /** A Kubernetes object name: a DNS-1123 subdomain. */
  public static String resourceName(String s) {
    if (s == null || s.isEmpty() || s.length() > 253 || !DNS_SUBDOMAIN.matcher(s).matches()) {
      return "Use lower-case letters, digits, '-' and '.', starting and ending alphanumeric";
    }
    return null;
  }

  /** Something other than blank. */
  public static String required(String s) {
    return s == null || s.isBlank() ? "This cannot be empty" : null;
  }
}
