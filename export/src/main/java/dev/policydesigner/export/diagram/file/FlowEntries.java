package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.Flow;
import dev.policydesigner.model.FlowSides;
import dev.policydesigner.model.HttpRule;
import dev.policydesigner.model.L7Rules;
import dev.policydesigner.model.PortRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code flows:} entries of a diagram file. */
final class FlowEntries {
  private FlowEntries() {}

  static List<Object> of(List<Flow> flows) {
    List<Object> list = new ArrayList<>();
    for (Flow flow : flows) {
      list.add(entry(flow));
    }
    return list;
  }

  private static Map<String, Object> entry(Flow flow) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", flow.id());
    map.put("from", flow.from());
    map.put("to", flow.to());
    List<Object> ports = new ArrayList<>();
    for (PortRange range : flow.ports()) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("port", range.port());
      YamlMaps.putNumber(p, "endPort", range.endPort());
      p.put("protocol", range.protocol().name());
      ports.add(p);
    }
    YamlMaps.putList(map, "ports", ports);
    if (!flow.l7().isEmpty()) {
      map.put("l7", l7(flow.l7()));
    }
    YamlMaps.putText(map, "condition", flow.condition());
    YamlMaps.putText(map, "description", flow.description());
    YamlMaps.putText(map, "ingressDescription", flow.ingressDescription());
    if (flow.isOneSided()) {
      map.put("sides", sidesName(flow.sides()));
    }
    return map;
  }

  /** {@code egress-only} / {@code ingress-only} / {@code both}. */
  static String sidesName(FlowSides sides) {
    return sides.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static Map<String, Object> l7(L7Rules l7) {
    Map<String, Object> map = new LinkedHashMap<>();
    List<Object> http = new ArrayList<>();
    for (HttpRule rule : l7.http()) {
      Map<String, Object> r = new LinkedHashMap<>();
      YamlMaps.putText(r, "method", rule.method());
      YamlMaps.putText(r, "path", rule.path());
      YamlMaps.putText(r, "host", rule.host());
      http.add(r);
    }
    YamlMaps.putList(map, "http", http);
    YamlMaps.putList(map, "dns", NodeEntries.selectors(l7.dns()));
    return map;
  }
}
