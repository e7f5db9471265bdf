package dev.policydesigner.model.check;

import java.util.ArrayList;
import java.util.List;

/** Parses numeric IPv4 and IPv6 addresses into bytes, with messages on what is wrong. */
final class IpAddressParser {
  private static final String IPV4_RULE =
      "an IPv4 address is four numbers 0–255 without leading zeros, separated by '.'";
  private static final String IPV6_RULE =
      "an IPv6 address is up to eight groups of 1–4 hex digits separated by ':', with at most one"
          + " '::'";

  private IpAddressParser() {}

  static byte[] ipv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(IPV4_RULE);
    }
    byte[] bytes = new byte[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("0|[1-9][0-9]{0,2}") || Integer.parseInt(parts[i]) > 255) {
        throw new IllegalArgumentException(IPV4_RULE);
      }
      bytes[i] = (byte) Integer.parseInt(parts[i]);
    }
    return bytes;
  }

  static byte[] ipv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      throw new IllegalArgumentException(IPV6_RULE);
    }
    List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap));
    List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
    int total = head.size() + tail.size();
    if ((gap < 0 && total != 8) || (gap >= 0 && total > 7)) {
      throw new IllegalArgumentException(IPV6_RULE);
    }
    List<Integer> all = new ArrayList<>(head);
    for (int i = total; i < 8; i++) {
      all.add(0);
    }
    all.addAll(tail);
    byte[] bytes = new byte[16];
    for (int i = 0; i < 8; i++) {
      bytes[2 * i] = (byte) (all.get(i) >> 8);
      bytes[2 * i + 1] = (byte) (int) all.get(i);
    }
    return bytes;
  }

  private static List<Integer> groups(String text) {
    List<Integer> groups = new ArrayList<>();
    if (text.isEmpty()) {
      return groups;
    }
    String[] parts = text.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      if (i == parts.length - 1 && part.contains(".")) {
        byte[] v4 = ipv4(part);
        groups.add(((v4[0] & 0xff) << 8) | (v4[1] & 0xff));
        groups.add(((v4[2] & 0xff) << 8) | (v4[3] & 0xff));
      } else if (part.matches("[0-9a-fA-F]{1,4}")) {
        groups.add(Integer.parseInt(part, 16));
      } else {
        throw new IllegalArgumentException(IPV6_RULE);
      }
    }
    return groups;
  }

  static String format(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    if (bytes.length == 4) {
      for (int i = 0; i < 4; i++) {
        out.append(i == 0 ? "" : ".").append(bytes[i] & 0xff);
      }
      return out.toString();
    }
    for (int i = 0; i < 8; i++) {
      int group = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
      out.append(i == 0 ? "" : ":").append(Integer.toHexString(group));
    }
    return out.toString().replaceFirst("(^|:)(0(:|$)){2,}", "::").replaceFirst(":::", "::");
  }
}
