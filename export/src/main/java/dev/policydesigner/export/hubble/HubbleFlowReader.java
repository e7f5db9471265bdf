package dev.policydesigner.export.hubble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.policydesigner.model.observe.ObservedEndpoint;
import dev.policydesigner.model.observe.ObservedFlow;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the JSON lines that {@code hubble observe -o json} writes: one object per line, either
 * {@code {"flow": {…}, "node_name": …, "time": …}} (current Hubble) or the flow object itself
 * (older releases). Keeps L3/L4 TCP, UDP and SCTP flows; skips reply packets, L7 records, ICMP and
 * non-flow events. A line that cannot be read becomes a problem {@code file:line: message} and
 * reading goes on.
 *
 * <p>DNS answers in L7 records (from Cilium's DNS proxy) name the addresses they resolved to; world
 * destinations without {@code destination_names} get those names, so their traffic can be grouped
 * by DNS name.
 */
public final class HubbleFlowReader {
  private final ObjectMapper mapper = new ObjectMapper();

  /** Reads a file of Hubble JSON lines. */
  public HubbleReadResult read(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    }
  }

  /** Reads Hubble JSON lines from {@code in}; {@code sourceName} starts every problem message. */
  public HubbleReadResult read(BufferedReader in, String sourceName) throws IOException {
    List<ObservedFlow> flows = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, TreeSet<String>> namesByIp = new HashMap<>();
    int skipped = 0;
    int number = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String location = sourceName + ":" + number;
      HubbleFlowParser.Outcome outcome = readLine(line, location);
      if (outcome instanceof HubbleFlowParser.Parsed p) {
        flows.add(p.flow());
      } else if (outcome instanceof HubbleFlowParser.Malformed m) {
        problems.add(location + ": " + m.message());
      } else {
        skipped++;
        if (outcome instanceof HubbleFlowParser.DnsAnswer a) {
          a.ips().forEach(ip -> namesByIp.computeIfAbsent(ip, k -> new TreeSet<>()).add(a.name()));
        }
      }
    }
    return new HubbleReadResult(withDnsNames(flows, namesByIp), problems, skipped);
  }

  private HubbleFlowParser.Outcome readLine(String line, String location) {
    JsonNode root;
    try {
      root = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      return new HubbleFlowParser.Malformed(
          "not valid JSON ("
              + e.getOriginalMessage()
              + "); expected one object per line as `hubble observe -o json` writes");
    }
    if (root == null || !root.isObject()) {
      return new HubbleFlowParser.Malformed(
          "expected a JSON object per line as `hubble observe -o json` writes");
    }
    if (root.path("flow").isObject()) {
      return HubbleFlowParser.parse(root.path("flow"), location);
    }
    if (root.has("source") || root.has("destination") || root.has("verdict")) {
      return HubbleFlowParser.parse(root, location);
    }
    return new HubbleFlowParser.Skipped(); // agent, debug or lost events, node status
  }

  private static List<ObservedFlow> withDnsNames(
      List<ObservedFlow> flows, Map<String, TreeSet<String>> namesByIp) {
    if (namesByIp.isEmpty()) {
      return flows;
    }
    List<ObservedFlow> result = new ArrayList<>(flows.size());
    for (ObservedFlow f : flows) {
      ObservedEndpoint d = f.destination();
      TreeSet<String> names = d.ip() == null ? null : namesByIp.get(d.ip());
      boolean enrich = names != null && d.isWorld() && d.names().isEmpty();
      result.add(enrich ? f.withDestination(d.withNames(List.copyOf(names))) : f);
    }
    return result;
  }
}
