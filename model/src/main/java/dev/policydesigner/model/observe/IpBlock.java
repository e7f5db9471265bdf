package dev.policydesigner.model.observe;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * An IPv4 or IPv6 prefix such as {@code 10.0.0.0/8}, for containment tests. Parses literals only,
 * never resolves names.
 *
 * @param address the network bytes (4 or 16)
 * @param prefix prefix length
 */
public record IpBlock(byte[] address, int prefix) {
  /** Parses {@code a.b.c.d/n}, an IPv6 prefix, or a bare address (a host prefix). */
  public static Optional<IpBlock> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    int slash = t.indexOf('/');
    Optional<byte[]> bytes = addressBytes(slash < 0 ? t : t.substring(0, slash));
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    int bits = bytes.get().length * 8;
    try {
      int prefix = slash < 0 ? bits : Integer.parseInt(t.substring(slash + 1));
      return prefix < 0 || prefix > bits
          ? Optional.empty()
          : Optional.of(new IpBlock(bytes.get(), prefix));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The bytes of an IP literal; empty for anything that is not one. */
  public static Optional<byte[]> addressBytes(String literal) {
    if (literal.isEmpty() || !literal.matches("[0-9a-fA-F:.]+")) {
      return Optional.empty(); // never hand a host name to InetAddress: it would resolve it
    }
    if (literal.indexOf(':') < 0 && !literal.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(literal).getAddress());
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** Whether the address {@code ip} lies in this block (same address family only). */
  public boolean contains(String ip) {
    Optional<byte[]> other = addressBytes(ip == null ? "" : ip);
    if (other.isEmpty() || other.get().length != address.length) {
      return false;
    }
    byte[] o = other.get();
    for (int bit = 0; bit < prefix; bit++) {
      int mask = 0x80 >> (bit % 8);
      if ((address[bit / 8] & mask) != (o[bit / 8] & mask)) {
        return false;
      }
    }
    return true;
  }

  /** The host block of an address: {@code /32} for IPv4, {@code /128} for IPv6. */
  public static Optional<String> hostCidr(String ip) {
    return addressBytes(ip == null ? "" : ip).map(b -> ip + (b.length == 4 ? "/32" : "/128"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IpBlock b && prefix == b.prefix && Arrays.equals(address, b.address);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(address) + prefix;
  }
}
