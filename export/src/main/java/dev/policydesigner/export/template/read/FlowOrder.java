package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Flow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Orders imported flows so that every policy's rules come out in the order of its file: a flow's
 * rule is in two policies (egress of its source, ingress of its destination), so the flow order is
 * a topological order of "comes after" in each rule list, ties (and contradictions between files)
 * broken by the order the flows were first seen.
 */
final class FlowOrder {
  private FlowOrder() {}

  /**
   * @param flows the flows in the order they were first seen
   * @param sequences flow ids in file order, one list per rule list of a policy
   */
  static List<Flow> sort(List<Flow> flows, List<List<String>> sequences) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < flows.size(); i++) {
      index.put(flows.get(i).id(), i);
    }
    List<List<Integer>> next = new ArrayList<>();
    flows.forEach(f -> next.add(new ArrayList<>()));
    int[] incoming = new int[flows.size()];
    for (List<String> seq : sequences) {
      for (int k = 1; k < seq.size(); k++) {
        Integer a = index.get(seq.get(k - 1));
        Integer b = index.get(seq.get(k));
        if (a != null && b != null && !a.equals(b)) {
          next.get(a).add(b);
          incoming[b]++;
        }
      }
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int i = 0; i < flows.size(); i++) {
      if (incoming[i] == 0) {
        ready.add(i);
      }
    }
    boolean[] done = new boolean[flows.size()];
    List<Flow> sorted = new ArrayList<>();
    while (sorted.size() < flows.size()) {
      int i = ready.isEmpty() ? firstLeft(done) : ready.poll();
      if (done[i]) {
        continue;
      }
      done[i] = true;
      sorted.add(flows.get(i));
      for (int j : next.get(i)) {
        if (--incoming[j] == 0 && !done[j]) {
          ready.add(j);
        }
      }
    }
    return sorted;
  }

  /** The first flow not placed yet: breaks a cycle of contradicting files. */
  private static int firstLeft(boolean[] done) {
    for (int i = 0; i < done.length; i++) {
      if (!done[i]) {
        return i;
      }
    }
    throw new IllegalStateException("every flow is placed");
  }
}
