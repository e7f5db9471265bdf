package dev.policydesigner.app.inspector;

import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flow ports as text: {@code 9000/TCP, 53/UDP, 8000-8010}; a missing protocol means TCP, and {@code
 * all ports} (or {@code all}, {@code any}) means every port.
 */
public final class PortsText {
  private PortsText() {}

  /** The words that stand for every port, as the canvas labels such a flow. */
  public static final String ALL = "all ports";

  /** {@code 9000/TCP, 53/UDP}, or {@value #ALL} for none (a flow on every port). */
  public static String format(List<PortRange> ports) {
    return ports.isEmpty() ? ALL : String.join(", ", ports.stream().map(PortRange::label).toList());
  }

  /** The ports, or empty when the text is not valid (see {@link #check}). */
  public static Optional<List<PortRange>> parse(String text) {
    if (check(text) != null) {
      return Optional.empty();
    }
    List<PortRange> ports = new ArrayList<>();
    if (meansAll(text)) {
      return Optional.of(ports);
    }
    for (String part : parts(text)) {
      String[] pp = part.split("/");
      Protocol proto = pp.length > 1 ? Protocol.parse(pp[1]).orElseThrow() : Protocol.TCP;
      String[] range = pp[0].strip().split("-");
      Integer end = range.length > 1 ? Integer.valueOf(range[1].strip()) : null;
      ports.add(new PortRange(Integer.parseInt(range[0].strip()), end, proto));
    }
    return Optional.of(ports);
  }

  /**
   * {@code null} when valid, else what is wrong. Every port is asked for in words ({@value #ALL}):
   * an empty field is refused, so that forgetting the ports never opens all of them.
   */
  public static String check(String text) {
    if (meansAll(text)) {
      return null;
    }
    if (parts(text).isEmpty()) {
      return "Give the ports, e.g. 9000/TCP, 53/UDP, or write \"" + ALL + "\" to allow every port";
    }
    for (String part : parts(text)) {
      String[] pp = part.split("/");
      if (pp.length > 2 || (pp.length == 2 && Protocol.parse(pp[1]).isEmpty())) {
        return "Write ports as 9000/TCP, 53/UDP or 8000-8010/TCP (protocols TCP, UDP, SCTP, ANY)";
      }
      String[] range = pp[0].strip().split("-");
      if (range.length > 2) {
        return "A range is written 8000-8010";
      }
      for (String r : range) {
        String msg = InputRules.port(r);
        if (msg != null) {
          return msg + " (\"" + r.strip() + "\")";
        }
      }
      if (range.length == 2
          && Integer.parseInt(range[1].strip()) < Integer.parseInt(range[0].strip())) {
        return "A range must end at or after its first port";
      }
    }
    return null;
  }

  private static boolean meansAll(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return t.equals(ALL) || t.equals("all") || t.equals("any");
  }

  private static List<String> parts(String text) {
    List<String> parts = new ArrayList<>();
    for (String p : (text == null ? "" : text).split(",")) {
      if (!p.isBlank()) {
        parts.add(p.strip());
      }
    }
    return parts;
  }
}
