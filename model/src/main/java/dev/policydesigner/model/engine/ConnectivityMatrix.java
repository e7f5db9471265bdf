package dev.policydesigner.model.engine;

import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who reaches whom on which ports, for every pair of a list of identities: the ports both the
 * source's egress and the destination's ingress let through, exactly as {@link
 * PolicyEngine#allowed} answers for one pair, computed for all pairs at once (each rule's peers are
 * matched against every identity once). Immutable.
 */
public final class ConnectivityMatrix {
  private final List<Identity> identities;
  private final PortSet[][] cells;

  private ConnectivityMatrix(List<Identity> identities, PortSet[][] cells) {
    this.identities = List.copyOf(identities);
    this.cells = cells;
  }

  /** The matrix of {@code identities} under {@code engine}'s policies. */
  public static ConnectivityMatrix of(PolicyEngine engine, List<Identity> identities) {
    int n = identities.size();
    Sides sides = new Sides(engine, identities);
    PortSet[][] egress = sides.rows(Direction.EGRESS);
    PortSet[][] ingress = sides.rows(Direction.INGRESS);
    PortSet[][] cells = new PortSet[n][n];
    for (int s = 0; s < n; s++) {
      for (int t = 0; t < n; t++) {
        PortSet out = egress[s][t];
        PortSet in = ingress[t][s];
        if (s != t && out != null && in != null) {
          PortSet both = out == PortSet.ALL ? in : in == PortSet.ALL ? out : out.intersect(in);
          cells[s][t] = both.isEmpty() ? null : both;
        }
      }
    }
    return new ConnectivityMatrix(identities, cells);
  }

  /** The identities, in row and column order. */
  public List<Identity> identities() {
    return identities;
  }

  /** The ports on which identity {@code from} reaches identity {@code to} (indexes). */
  public PortSet allowed(int from, int to) {
    PortSet p = cells[from][to];
    return p == null ? PortSet.NONE : p;
  }

  /** Every pair of different identities with at least one port allowed, row by row. */
  public List<Connection> connections() {
    List<Connection> result = new ArrayList<>();
    for (int s = 0; s < identities.size(); s++) {
      for (int t = 0; t < identities.size(); t++) {
        if (cells[s][t] != null) {
          result.add(new Connection(identities.get(s), identities.get(t), cells[s][t]));
        }
      }
    }
    return result;
  }

  /** Per direction, what each identity's side lets through towards every other identity. */
  private static final class Sides {
    private final PolicyEngine engine;
    private final List<Identity> identities;
    private final List<EndpointView> views = new ArrayList<>();
    private final Map<EngineRule, BitSet[]> covers = new IdentityHashMap<>();
    private final Map<String, BitSet> podsByNamespace = new java.util.HashMap<>();
    private final BitSet everyone = new BitSet();

    Sides(PolicyEngine engine, List<Identity> identities) {
      this.engine = engine;
      this.identities = identities;
      for (int i = 0; i < identities.size(); i++) {
        EndpointView v = engine.view(identities.get(i));
        views.add(v);
        everyone.set(i);
        if (v.isPod()) {
          podsByNamespace.computeIfAbsent(v.namespace(), k -> new BitSet()).set(i);
        }
      }
    }

    /** The identities a peer can match at all: the pods of its one namespace, when it has one. */
    private BitSet candidates(Peer peer) {
      String ns = null;
      if (peer instanceof Peer.Endpoints || peer instanceof Peer.KubernetesPods) {
        ns = PolicyIndex.namespace(peer);
        if (ns == null && peer instanceof Peer.KubernetesPods k) {
          ns = k.namespaceSelector().matchLabels().get(EndpointView.METADATA_NAME);
        }
      }
      return ns == null ? everyone : podsByNamespace.getOrDefault(ns, new BitSet());
    }

    /** {@code rows[self][other]}: the ports {@code self}'s side lets through; null for none. */
    PortSet[][] rows(Direction direction) {
      int n = identities.size();
      PortSet[][] rows = new PortSet[n][];
      for (int s = 0; s < n; s++) {
        rows[s] = row(s, direction);
      }
      return rows;
    }

    private PortSet[] row(int s, Direction direction) {
      int n = identities.size();
      PortSet[] row = new PortSet[n];
      List<EnginePolicy> selecting = engine.selecting(identities.get(s));
      boolean restricted = selecting.stream().anyMatch(p -> p.side(direction).defaultDeny());
      if (!restricted) {
        java.util.Arrays.fill(row, PortSet.ALL);
      }
      for (EnginePolicy p : selecting) {
        if (restricted) {
          for (EngineRule r : p.side(direction).allows()) {
            apply(s, r, row, true);
          }
        }
      }
      for (EnginePolicy p : selecting) {
        for (EngineRule r : p.side(direction).denies()) {
          apply(s, r, row, false);
        }
      }
      return row;
    }

    private void apply(int s, EngineRule r, PortSet[] row, boolean allow) {
      BitSet[] c = cover(r);
      PortSet ports = r.ports().ports();
      for (int t = c[0].nextSetBit(0); t >= 0; t = c[0].nextSetBit(t + 1)) {
        row[t] = allow ? union(row[t], ports) : minus(row[t], ports);
      }
      for (int t = c[1].nextSetBit(0); t >= 0; t = c[1].nextSetBit(t + 1)) {
        if (!c[0].get(t) && resolves(s, t)) {
          row[t] = allow ? union(row[t], ports) : minus(row[t], ports);
        }
      }
    }

    private static PortSet union(PortSet a, PortSet b) {
      return a == null ? b : a.union(b);
    }

    private static PortSet minus(PortSet a, PortSet b) {
      if (a == null) {
        return null;
      }
      PortSet left = a.minus(b);
      return left.isEmpty() ? null : left;
    }

    /** Whether a DNS rule of the policies selecting {@code s} covers the DNS name {@code t}. */
    private boolean resolves(int s, int t) {
      Identity.DnsName name = (Identity.DnsName) identities.get(t);
      return engine.dnsNames(identities.get(s)).stream()
          .anyMatch(v -> PeerMatch.covers(v, name.name()));
    }

    /** The identities a rule covers: [0] by a non-FQDN peer, [1] by an FQDN peer. */
    private BitSet[] cover(EngineRule r) {
      return covers.computeIfAbsent(
          r,
          rule -> {
            BitSet direct = new BitSet();
            BitSet byName = new BitSet();
            for (Peer peer : rule.peers()) {
              BitSet candidates = candidates(peer);
              BitSet into = peer instanceof Peer.Fqdns ? byName : direct;
              for (int t = candidates.nextSetBit(0); t >= 0; t = candidates.nextSetBit(t + 1)) {
                if (!into.get(t)
                    && PeerMatch.matches(peer, views.get(t), engine.policies().services())) {
                  into.set(t);
                }
              }
            }
            return new BitSet[] {direct, byName};
          });
    }
  }
}
