package dev.policydesigner.export.hubble;

import dev.policydesigner.model.observe.ObservedFlow;
import java.util.List;

/**
 * What {@link HubbleFlowReader} read.
 *
 * @param flows the L3/L4 flows, reply packets left out, in file order
 * @param problems lines that could not be read, as {@code file:line: message}
 * @param skipped lines that were read but are not L3/L4 request flows (replies, L7 records, ICMP,
 *     agent events, …)
 */
public record HubbleReadResult(List<ObservedFlow> flows, List<String> problems, int skipped) {
  public HubbleReadResult {
    flows = List.copyOf(flows);
    problems = List.copyOf(problems);
  }
}
