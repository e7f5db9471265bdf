package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matrix computes for all pairs at once exactly what the engine answers for one pair, on every
 * policy set of the truth tables.
 */
class ConnectivityMatrixTest {
  static Stream<String> policySets() {
    return Stream.of(
        DefaultDenyTruthTableTest.POLICIES,
        SelectorTruthTableTest.POLICIES,
        NetworkPolicyTruthTableTest.POLICIES,
        EntityTruthTableTest.POLICIES,
        AddressTruthTableTest.POLICIES,
        PortsTruthTableTest.POLICIES);
  }

  @ParameterizedTest
  @MethodSource("policySets")
  void everyCellIsWhatTheEngineAllowsForThatPair(String yaml) {
    PolicyEngine engine = PolicyDocuments.engine(yaml);
    List<Identity> ids = Identities.of(engine.policies());
    assertTrue(ids.size() >= 3, ids.toString());
    ConnectivityMatrix m = ConnectivityMatrix.of(engine, ids);
    for (int s = 0; s < ids.size(); s++) {
      for (int t = 0; t < ids.size(); t++) {
        PortSet expected = s == t ? PortSet.NONE : engine.allowed(ids.get(s), ids.get(t));
        assertEquals(expected, m.allowed(s, t), ids.get(s).label() + " → " + ids.get(t).label());
      }
    }
  }
}
