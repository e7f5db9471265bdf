package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.PeerForm;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.SelectorForm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code ruleForms:} and {@code selectorForms:} of an {@code imported:} entry: how the imported
 * rules and selectors were written, leaving out what is the writer's own form anyway.
 */
final class FormEntries {
  private FormEntries() {}

  static List<Object> rules(List<RuleForm> forms) {
    List<Object> list = new ArrayList<>();
    for (RuleForm f : forms) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("policy", f.policy());
      map.put("direction", f.direction().name().toLowerCase(Locale.ROOT));
      List<Object> peers = new ArrayList<>();
      f.peers().forEach(p -> peers.add(peer(p)));
      map.put("peers", peers);
      list.add(map);
    }
    return list;
  }

  static List<Object> selectors(List<SelectorForm> forms) {
    List<Object> list = new ArrayList<>();
    for (SelectorForm f : forms) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("policy", f.policy());
      map.put("expressionKeys", f.expressionKeys());
      list.add(map);
    }
    return list;
  }

  static List<Object> policies(List<PolicyForm> forms) {
    List<Object> list = new ArrayList<>();
    for (PolicyForm f : forms) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("policy", f.policy());
      YamlMaps.putList(map, "banner", f.banner());
      if (!f.banner().isEmpty()) {
        map.put("title", f.title());
        YamlMaps.putText(map, "purpose", f.purpose());
      }
      if (f.dnsAsWritten()) {
        map.put("dnsAsWritten", true);
      }
      list.add(map);
    }
    return list;
  }

  private static Map<String, Object> peer(PeerForm p) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("flow", p.flowId());
    if (p.implicitNamespace()) {
      map.put("implicitNamespace", true);
    }
    YamlMaps.putList(map, "expressionKeys", p.expressionKeys());
    if (p.plainCidr()) {
      map.put("plainCidr", true);
    }
    if (p.plainNames()) {
      map.put("plainNames", true);
    }
    return map;
  }
}
