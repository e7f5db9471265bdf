package dev.policydesigner.export.template.read;

import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the sides found in the policies into flows: an egress side and an ingress side with the
 * same ends, ports, L7 rules and guard become one flow; a side without its partner stays a flow of
 * its own, one-sided when the other end is a subject that lacks the rule. Linear in the number of
 * sides.
 */
final class FlowMerger {
  private final Map<HalfFlow, String> flowIds = new IdentityHashMap<>();
  private final Set<String> usedIds;

  FlowMerger(Collection<String> nodeIds) {
    this.usedIds = new HashSet<>(nodeIds);
  }

  /** The flows, in the order their first side appears. */
  List<Flow> merge(List<HalfFlow> halves, Set<String> subjects) {
    Map<String, Deque<HalfFlow>> egress = new HashMap<>();
    Map<String, Deque<HalfFlow>> ingress = new HashMap<>();
    for (HalfFlow h : halves) {
      Map<String, Deque<HalfFlow>> index = h.direction() == Direction.EGRESS ? egress : ingress;
      index.computeIfAbsent(h.matchKey(), k -> new ArrayDeque<>()).add(h);
    }
    List<Flow> flows = new ArrayList<>();
    for (HalfFlow h : halves) {
      if (flowIds.containsKey(h)) {
        continue;
      }
      Map<String, Deque<HalfFlow>> other = h.direction() == Direction.EGRESS ? ingress : egress;
      HalfFlow partner = takePartner(other.get(h.matchKey()));
      String id = freshId(h.from() + "-to-" + h.to());
      flowIds.put(h, id);
      if (partner != null) {
        flowIds.put(partner, id);
        HalfFlow out = h.direction() == Direction.EGRESS ? h : partner;
        HalfFlow in = h.direction() == Direction.EGRESS ? partner : h;
        String inText = in.description().equals(out.description()) ? null : in.description();
        flows.add(flow(id, out, out.description(), inText, FlowSides.BOTH));
      } else {
        flows.add(flow(id, h, h.description(), null, sides(h, subjects)));
      }
    }
    return flows;
  }

  private HalfFlow takePartner(Deque<HalfFlow> candidates) {
    if (candidates == null) {
      return null;
    }
    while (!candidates.isEmpty()) {
      HalfFlow c = candidates.poll();
      if (!flowIds.containsKey(c)) {
        return c;
      }
    }
    return null;
  }

  private static FlowSides sides(HalfFlow h, Set<String> subjects) {
    if (h.direction() == Direction.EGRESS) {
      return subjects.contains(h.to()) ? FlowSides.EGRESS_ONLY : FlowSides.BOTH;
    }
    return subjects.contains(h.from()) ? FlowSides.INGRESS_ONLY : FlowSides.BOTH;
  }

  private static Flow flow(String id, HalfFlow h, String text, String inText, FlowSides sides) {
    String condition = h.guard().isAlways() ? null : h.guard().expression();
    return new Flow(id, h.from(), h.to(), h.ports(), h.l7(), condition, text, inText, sides);
  }

  /** The id of the flow a side became. */
  String flowId(HalfFlow h) {
    return flowIds.get(h);
  }

  private String freshId(String base) {
    String candidate = base;
    for (int i = 2; !usedIds.add(candidate); i++) {
      candidate = base + "-" + i;
    }
    return candidate;
  }
}
