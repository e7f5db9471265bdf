package dev.policydesigner.app.inspector;

import dev.policydesigner.model.check.KubernetesNames;
import java.util.Optional;

/**
 * Checks of what the user types, by the model's Kubernetes naming rules; each returns {@code null}
 * when the input is valid, else a message saying what is wrong.
 */
public final class InputRules {
  private static final String PORT_MESSAGE = "A port is a number from 1 to 65535";

  private InputRules() {}

  public static String namespace(String s) {
    return message(KubernetesNames.namespace(s == null ? "" : s));
  }

  public static String httpMethod(String s) {
    return s == null || s.isBlank() ? null : message(KubernetesNames.httpMethod(s.strip()));
  }

  public static String httpPath(String s) {
    return s == null || s.isBlank() ? null : message(KubernetesNames.httpPath(s.strip()));
  }

  public static String httpHost(String s) {
    return s == null || s.isBlank() ? null : message(KubernetesNames.httpHost(s.strip()));
  }

  /** A DNS name, or with {@code *} a DNS pattern. */
  public static String dnsName(String s) {
    String v = s == null ? "" : s.strip();
    return message(v.contains("*") ? KubernetesNames.fqdnPattern(v) : KubernetesNames.fqdnName(v));
  }

  public static String labelKey(String s) {
    return message(KubernetesNames.labelKey(s == null ? "" : s));
  }

  public static String labelValue(String s) {
    return message(KubernetesNames.labelValue(s == null ? "" : s));
  }

  /** A port number 1–65535. */
  public static String port(String s) {
    try {
      return message(KubernetesNames.port(Integer.parseInt(s == null ? "" : s.strip())));
    } catch (NumberFormatException e) {
      return PORT_MESSAGE;
    }
  }

  /** Empty, or a port number. */
  public static String optionalPort(String s) {
    return s == null || s.isBlank() ? null : port(s);
  }

  /** Empty, or an IANA port name. */
  public static String portName(String s) {
    return s == null || s.isBlank() ? null : message(KubernetesNames.portName(s.strip()));
  }

  /** An IPv4 or IPv6 CIDR such as {@code 10.0.0.0/8}, without host bits set. */
  public static String cidr(String s) {
    String v = s == null ? "" : s.strip();
    return message(KubernetesNames.cidr(v).or(() -> KubernetesNames.cidrHostBits(v)));
  }

  /** A Kubernetes object name: a DNS-1123 subdomain. */
  public static String resourceName(String s) {
    return message(KubernetesNames.objectName(s == null ? "" : s));
  }

  /** Empty, or a Jinja condition. */
  public static String condition(String s) {
    return s == null || s.isBlank() ? null : message(KubernetesNames.jinjaCondition(s));
  }

  /** Something other than blank. */
  public static String required(String s) {
    return s == null || s.isBlank() ? "This cannot be empty" : null;
  }

  private static String message(Optional<String> problem) {
    return problem.map(InputRules::sentence).orElse(null);
  }

  private static String sentence(String m) {
    return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
  }
}
