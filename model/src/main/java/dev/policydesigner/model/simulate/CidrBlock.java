package dev.policydesigner.model.simulate;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An IPv4 or IPv6 prefix such as {@code 10.0.0.0/8}; a bare address is a full-length prefix. */
public final class CidrBlock {
  private final BigInteger network;
  private final int bits;
  private final int prefix;

  private CidrBlock(BigInteger network, int bits, int prefix) {
    this.network = network;
    this.bits = bits;
    this.prefix = prefix;
  }

  /** Parses {@code 192.168.0.0/16}, {@code 10.1.2.3} or {@code fd00::/8}; empty when invalid. */
  public static Optional<CidrBlock> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    int slash = s.indexOf('/');
    String address = slash < 0 ? s : s.substring(0, slash);
    if (address.isEmpty() || !address.matches("[0-9a-fA-F.:]+")) {
      return Optional.empty(); // never a host name: no DNS lookups
    }
    byte[] bytes;
    try {
      bytes = InetAddress.getByName(address).getAddress();
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    int bits = bytes.length * 8;
    int prefix;
    try {
      prefix = slash < 0 ? bits : Integer.parseInt(s.substring(slash + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (prefix < 0 || prefix > bits) {
      return Optional.empty();
    }
    BigInteger value = new BigInteger(1, bytes);
    return Optional.of(new CidrBlock(value.shiftRight(bits - prefix), bits, prefix));
  }

  /** Whether every address of {@code other} is in this block. */
  public boolean contains(CidrBlock other) {
    return bits == other.bits
        && other.prefix >= prefix
        && other.network.shiftRight(other.prefix - prefix).equals(network);
  }

  /** Whether the two blocks share an address. */
  public boolean overlaps(CidrBlock other) {
    return contains(other) || other.contains(this);
  }
}
