package dev.policydesigner.export.diagram.file;

import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicySubject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code files:} entries of a diagram file. */
final class FileEntries {
  private FileEntries() {}

  static List<Object> of(List<PolicyFile> files) {
    List<Object> list = new ArrayList<>();
    for (PolicyFile file : files) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("path", file.path());
      YamlMaps.putList(map, "guard", file.guard().conjuncts());
      map.put("defaultDeny", file.defaultDenyStyle().fileName());
      YamlMaps.putText(map, "kustomization", file.kustomization());
      List<Object> policies = new ArrayList<>();
      for (PolicySubject subject : file.subjects()) {
        policies.add(policy(subject));
      }
      YamlMaps.putList(map, "policies", policies);
      if (file.imported() != null) {
        map.put("imported", ImportedEntries.of(file.imported()));
      }
      list.add(map);
    }
    return list;
  }

  private static Map<String, Object> policy(PolicySubject subject) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("workload", subject.workloadId());
    map.put("name", subject.policyName());
    map.put("title", subject.title());
    YamlMaps.putText(map, "purpose", subject.purpose());
    YamlMaps.putText(map, "description", subject.description());
    map.put("networkPolicy", subject.fallback().fileName());
    if (subject.fallbackOnlyWhenEnforcing()) {
      map.put("networkPolicyOnlyWhenEnforcing", true);
    }
    return map;
  }
}
