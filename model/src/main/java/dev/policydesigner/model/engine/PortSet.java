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
      int[] a = ranges.get(p);
      int[] b = other.ranges.get(p);
      int[] r =
          switch (op) {
            case UNION -> a == null ? b : b == null ? a : merge(a, b, op);
            case INTERSECT -> a == null || b == null ? null : merge(a, b, op);
            case MINUS -> a == null ? null : b == null ? a : merge(a, b, op);
          };
      if (r != null && r.length > 0) {
        m.put(p, r);
      }
    }
    return new PortSet(m);
  }

  /**
   * Combines two sorted lists of disjoint inclusive ranges by sweeping their boundaries once: a
   * value is kept where {@code op} holds for its membership in {@code a} and {@code b}.
   */
  private static int[] merge(int[] a, int[] b, Op op) {
    int[] points = new int[a.length + b.length];
    int n = 0;
    for (int i = 0; i < a.length; i += 2) {
      points[n++] = a[i];
      points[n++] = a[i + 1] + 1;
    }
    for (int i = 0; i < b.length; i += 2) {
      points[n++] = b[i];
      points[n++] = b[i + 1] + 1;
    }
    java.util.Arrays.sort(points, 0, n);
    int[] out = new int[n + 2];
    int size = 0;
    int start = Integer.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      int x = points[i];
      if (i + 1 < n && points[i + 1] == x) {
        continue; // evaluate each boundary once
      }
      boolean keep = holds(op, inRanges(a, x), inRanges(b, x));
      if (keep && start == Integer.MIN_VALUE) {
        start = x;
      } else if (!keep && start != Integer.MIN_VALUE) {
        out[size++] = start;
        out[size++] = x - 1;
        start = Integer.MIN_VALUE;
      }
    }
    return java.util.Arrays.copyOf(out, size);
  }

  private static boolean holds(Op op, boolean inA, boolean inB) {
    return switch (op) {
      case UNION -> inA || inB;
      case INTERSECT -> inA && inB;
      case MINUS -> inA && !inB;
    };
  }

  private static boolean inRanges(int[] r, int x) {
    for (int i = 0; i < r.length; i += 2) {
      if (x >= r[i] && x <= r[i + 1]) {
        return true;
      }
    }
    return false;
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
