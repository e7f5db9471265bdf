package dev.policydesigner.model.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable set of ports per protocol (and ICMP types per ICMP family): what a rule admits, or
 * what is allowed between two identities. Kept as sorted, disjoint, inclusive ranges.
 */
public final class PortSet {
  /** Nothing. */
  public static final PortSet NONE = new PortSet(new EnumMap<>(IpProtocol.class));

  /** Every port and ICMP type of every protocol. */
  public static final PortSet ALL = all();

  private final EnumMap<IpProtocol, int[]> ranges;

  private PortSet(EnumMap<IpProtocol, int[]> ranges) {
    this.ranges = ranges;
  }

  private static PortSet all() {
    EnumMap<IpProtocol, int[]> m = new EnumMap<>(IpProtocol.class);
    for (IpProtocol p : IpProtocol.values()) {
      m.put(p, new int[] {p.min(), p.max()});
    }
    return new PortSet(m);
  }

  /** Ports (or types) {@code first..last} of one protocol; clipped to the protocol's range. */
  public static PortSet of(IpProtocol protocol, int first, int last) {
    int lo = Math.max(first, protocol.min());
    int hi = Math.min(last, protocol.max());
    if (lo > hi) {
      return NONE;
    }
    EnumMap<IpProtocol, int[]> m = new EnumMap<>(IpProtocol.class);
    m.put(protocol, new int[] {lo, hi});
    return new PortSet(m);
  }

  /** Every port (or type) of one protocol. */
  public static PortSet allOf(IpProtocol protocol) {
    return of(protocol, protocol.min(), protocol.max());
  }

  /** One port of one protocol. */
  public static PortSet of(Traffic traffic) {
    return of(traffic.protocol(), traffic.port(), traffic.port());
  }

  /** Whether the traffic is in the set. */
  public boolean contains(Traffic traffic) {
    int[] r = ranges.get(traffic.protocol());
    if (r == null) {
      return false;
    }
    for (int i = 0; i < r.length; i += 2) {
      if (traffic.port() >= r[i] && traffic.port() <= r[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** The lowest port of the first protocol (TCP, UDP, SCTP, ICMP, ICMPv6) it holds. */
  public java.util.Optional<Traffic> first() {
    for (Map.Entry<IpProtocol, int[]> e : ranges.entrySet()) {
      return java.util.Optional.of(new Traffic(e.getKey(), e.getValue()[0]));
    }
    return java.util.Optional.empty();
  }

  /** The set cut into one piece per protocol and contiguous range, in order. */
  public List<PortSet> pieces() {
    List<PortSet> out = new ArrayList<>();
    for (Map.Entry<IpProtocol, int[]> e : ranges.entrySet()) {
      int[] r = e.getValue();
      for (int i = 0; i < r.length; i += 2) {
        out.add(of(e.getKey(), r[i], r[i + 1]));
      }
    }
    return out;
  }

  /** Whether the set is empty. */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** Whether it holds every port and type of every protocol. */
  public boolean isAll() {
    return equals(ALL);
  }

  /** The ports of both. */
  public PortSet union(PortSet other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return combine(other, Op.UNION);
  }

  /** The ports in both. */
  public PortSet intersect(PortSet other) {
    if (isEmpty() || other.isEmpty()) {
      return NONE;
    }
    return combine(other, Op.INTERSECT);
  }

  /** The ports of this set that are not in {@code other}. */
  public PortSet minus(PortSet other) {
    if (isEmpty() || other.isEmpty()) {
      return this;
    }
    return combine(other, Op.MINUS);
  }

  private enum Op {
    UNION,
    INTERSECT,
    MINUS
  }

  private PortSet combine(PortSet other, Op op) {
    EnumMap<IpProtocol, int[]> m = new EnumMap<>(IpProtocol.class);
    for (IpProtocol p : IpProtocol.values()) {
      int[] a = ranges.getOrDefault(p, new int[0]);
      int[] b = other.ranges.getOrDefault(p, new int[0]);
      int[] r = combine(p, a, b, op);
      if (r.length > 0) {
        m.put(p, r);
      }
    }
    return new PortSet(m);
  }

  /** Sweeps the boundaries of both range lists and keeps the spans where {@code op} holds. */
  private static int[] combine(IpProtocol p, int[] a, int[] b, Op op) {
    List<Integer> out = new ArrayList<>();
    int start = -1;
    for (int x = p.min(); x <= p.max(); ) {
      boolean inA = inRanges(a, x);
      boolean inB = inRanges(b, x);
      boolean keep =
          switch (op) {
            case UNION -> inA || inB;
            case INTERSECT -> inA && inB;
            case MINUS -> inA && !inB;
          };
      int next = Math.min(nextBoundary(a, x), nextBoundary(b, x));
      if (keep && start < 0) {
        start = x;
      } else if (!keep && start >= 0) {
        out.add(start);
        out.add(x - 1);
        start = -1;
      }
      if (next > p.max()) {
        break;
      }
      x = next;
    }
    if (start >= 0) {
      out.add(start);
      out.add(p.max());
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  private static boolean inRanges(int[] r, int x) {
    for (int i = 0; i < r.length; i += 2) {
      if (x >= r[i] && x <= r[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /** The smallest value above {@code x} where membership in {@code r} may change. */
  private static int nextBoundary(int[] r, int x) {
    int next = Integer.MAX_VALUE;
    for (int i = 0; i < r.length; i += 2) {
      if (r[i] > x) {
        next = Math.min(next, r[i]);
      }
      if (r[i + 1] + 1 > x) {
        next = Math.min(next, r[i + 1] + 1);
      }
    }
    return next;
  }

  /**
   * The set as labels, one per range: {@code 80/TCP}, {@code 8000-8100/TCP}, {@code any/UDP} for a
   * whole protocol, {@code 8/ICMP} for an ICMP type; {@code [any]} when the set holds everything.
   */
  public List<String> labels() {
    if (isAll()) {
      return List.of("any");
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<IpProtocol, int[]> e : ranges.entrySet()) {
      IpProtocol p = e.getKey();
      int[] r = e.getValue();
      if (r.length == 2 && r[0] == p.min() && r[1] == p.max()) {
        out.add("any/" + p.label());
        continue;
      }
      for (int i = 0; i < r.length; i += 2) {
        String span = r[i] == r[i + 1] ? String.valueOf(r[i]) : r[i] + "-" + r[i + 1];
        out.add(span + "/" + p.label());
      }
    }
    return out;
  }

  /** The labels joined with {@code ", "}; {@code none} when empty. */
  public String label() {
    return isEmpty() ? "none" : String.join(", ", labels());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PortSet other) || other.ranges.size() != ranges.size()) {
      return false;
    }
    for (Map.Entry<IpProtocol, int[]> e : ranges.entrySet()) {
      if (!Arrays.equals(e.getValue(), other.ranges.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<IpProtocol, int[]> e : ranges.entrySet()) {
      h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public String toString() {
    return label();
  }
}
