package dev.policydesigner.export.property;

import dev.policydesigner.model.CidrNode;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A random IPv4 or IPv6 range without host bits, with 0–2 exceptions inside its first half, and
 * addresses of a range that no exception removes.
 */
record RandomCidr(String text, List<String> excepts) {
  static RandomCidr random(Random random) {
    boolean v6 = random.nextInt(4) == 0;
    int bits = v6 ? 128 : 32;
    int prefix = v6 ? 32 + random.nextInt(97) : 8 + random.nextInt(25);
    BigInteger base =
        new BigInteger(bits, random).shiftRight(bits - prefix).shiftLeft(bits - prefix);
    if (!v6 && base.testBit(31) && base.testBit(30) && base.testBit(29)) {
      base = base.clearBit(29); // keep clear of 224.0.0.0/3 (multicast and reserved)
    }
    List<String> excepts = new ArrayList<>();
    if (prefix <= bits - 2) {
      for (int i = random.nextInt(3); i > 0; i--) {
        int sub = prefix + 2 + random.nextInt(Math.min(8, bits - prefix - 1));
        BigInteger half = BigInteger.ONE.shiftLeft(bits - prefix - 1);
        BigInteger offset =
            new BigInteger(bits, random).mod(half).shiftRight(bits - sub).shiftLeft(bits - sub);
        String except = format(base.add(offset), v6) + "/" + sub;
        if (!excepts.contains(except)) {
          excepts.add(except);
        }
      }
    }
    return new RandomCidr(format(base, v6) + "/" + prefix, excepts);
  }

  /** A random address of the node's range that none of its exceptions covers, as a /32 or /128. */
  static String addressOutsideExcepts(CidrNode node, Random random) {
    Block block = Block.parse(node.cidr());
    List<Block> holes = node.except().stream().map(Block::parse).toList();
    for (int attempt = 0; attempt < 200; attempt++) {
      BigInteger address = block.base.add(new BigInteger(block.bits, random).mod(block.size()));
      if (holes.stream().noneMatch(h -> h.contains(address))) {
        return format(address, block.bits == 128) + "/" + block.bits;
      }
    }
    throw new IllegalStateException("no address outside the exceptions of " + node);
  }

  private static String format(BigInteger value, boolean v6) {
    byte[] raw = value.toByteArray();
    byte[] bytes = new byte[v6 ? 16 : 4];
    int copy = Math.min(raw.length, bytes.length);
    System.arraycopy(raw, raw.length - copy, bytes, bytes.length - copy, copy);
    try {
      return InetAddress.getByAddress(bytes).getHostAddress();
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  private record Block(BigInteger base, int prefix, int bits) {
    static Block parse(String cidr) {
      String[] parts = cidr.split("/");
      try {
        byte[] bytes = InetAddress.getByName(parts[0]).getAddress();
        return new Block(new BigInteger(1, bytes), Integer.parseInt(parts[1]), bytes.length * 8);
      } catch (UnknownHostException e) {
        throw new IllegalArgumentException(cidr, e);
      }
    }

    BigInteger size() {
      return BigInteger.ONE.shiftLeft(bits - prefix);
    }

    boolean contains(BigInteger address) {
      return address.compareTo(base) >= 0 && address.compareTo(base.add(size())) < 0;
    }
  }
}
