package dev.policydesigner.model.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * A parsed IPv4 or IPv6 range {@code address/prefix}, the one CIDR type of validation, the
 * simulator and matching observed traffic. Parsing never looks names up: only numeric addresses are
 * accepted.
 */
public final class CidrBlock {
  private final byte[] address;
  private final int prefix;

  private CidrBlock(byte[] address, int prefix) {
    this.address = address;
    this.prefix = prefix;
  }

  /**
   * Parses {@code 10.0.0.0/8} or {@code fd00::/8}.
   *
   * @throws IllegalArgumentException with a sentence saying what is wrong and what is allowed
   */
  public static CidrBlock parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException(
          "it has no prefix length: write address/length, e.g. 10.0.0.0/8 or fd00::/8");
    }
    String addressText = text.substring(0, slash);
    String prefixText = text.substring(slash + 1);
    boolean v6 = addressText.contains(":");
    byte[] address = v6 ? IpAddressParser.ipv6(addressText) : IpAddressParser.ipv4(addressText);
    int max = address.length * 8;
    if (!prefixText.matches("(0|[1-9][0-9]{0,2})") || Integer.parseInt(prefixText) > max) {
      throw new IllegalArgumentException(
          "the prefix length of an "
              + (v6 ? "IPv6" : "IPv4")
              + " range must be a number from 0 to "
              + max);
    }
    return new CidrBlock(address, Integer.parseInt(prefixText));
  }

  /**
   * Parses a range or a bare address (a full-length prefix, e.g. {@code 10.1.2.3} = {@code
   * 10.1.2.3/32}); empty when the text is neither.
   */
  public static Optional<CidrBlock> tryParse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.indexOf('/') < 0) {
      s = s + (s.contains(":") ? "/128" : "/32");
    }
    try {
      return Optional.of(parse(s));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The host range of an address as text, {@code /32} for IPv4 and {@code /128} for IPv6 ({@code
   * 192.0.2.1} → {@code 192.0.2.1/32}); empty when the text is not an address.
   */
  public static Optional<String> hostCidr(String address) {
    if (address == null || address.isBlank() || address.indexOf('/') >= 0) {
      return Optional.empty();
    }
    String a = address.strip();
    return tryParse(a).map(b -> a + "/" + b.prefix);
  }

  /** Whether the address {@code ip} lies in this range; false for text that is not an address. */
  public boolean containsAddress(String ip) {
    if (ip == null || ip.indexOf('/') >= 0) {
      return false;
    }
    return tryParse(ip).map(this::contains).orElse(false);
  }

  /** Whether the two ranges share an address. */
  public boolean overlaps(CidrBlock other) {
    return contains(other) || other.contains(this);
  }

  /** Whether this is an IPv6 range. */
  public boolean isIpv6() {
    return address.length == 16;
  }

  /** The prefix length. */
  public int prefix() {
    return prefix;
  }

  /** Whether any bit after the prefix is set, e.g. {@code 10.0.0.5/24}. */
  public boolean hasHostBits() {
    return !Arrays.equals(address, masked(prefix));
  }

  /** The same range with its host bits cleared, as text: {@code 10.0.0.0/24}. */
  public String network() {
    return IpAddressParser.format(masked(prefix)) + "/" + prefix;
  }

  /** Whether {@code other} lies inside this range (same family, longer or equal prefix). */
  public boolean contains(CidrBlock other) {
    return other.address.length == address.length
        && other.prefix >= prefix
        && Arrays.equals(other.masked(prefix), masked(prefix));
  }

  private byte[] masked(int bits) {
    byte[] result = address.clone();
    for (int i = 0; i < result.length; i++) {
      int keep = Math.max(0, Math.min(8, bits - i * 8));
      result[i] = (byte) (result[i] & (0xff << (8 - keep)));
    }
    return result;
  }
}
