package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads rendered documents into a {@link PolicySet}: CiliumNetworkPolicy,
 * CiliumClusterwideNetworkPolicy and NetworkPolicy documents become policies; Namespace documents
 * give namespaces their labels; Service documents let {@code toServices} selectors match; {@code
 * kind: List} documents are read item by item; everything else is skipped.
 */
public final class PolicyReader {
  private PolicyReader() {}

  /** The policies of {@code documents}. */
  public static PolicySet read(List<SourceDocument> documents) {
    List<EnginePolicy> policies = new ArrayList<>();
    Map<String, Map<String, String>> namespaces = new HashMap<>();
    Map<String, ServiceInfo> services = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (SourceDocument d : documents) {
      DocumentContext ctx = new DocumentContext(d, problems);
      Map<String, Object> doc = DocumentContext.asMap(d.content());
      if (doc != null) {
        readDocument(ctx, doc, policies, namespaces, services);
      }
    }
    return new PolicySet(policies, namespaces, services, problems);
  }

  private static void readDocument(
      DocumentContext ctx,
      Map<String, Object> doc,
      List<EnginePolicy> policies,
      Map<String, Map<String, String>> namespaces,
      Map<String, ServiceInfo> services) {
    String kind = DocumentContext.string(doc, "kind");
    if ("List".equals(kind)) {
      for (Object item : ctx.listOrEmpty(doc, "items")) {
        Map<String, Object> m = DocumentContext.asMap(item);
        if (m != null) {
          readDocument(ctx, m, policies, namespaces, services);
        }
      }
      return;
    }
    Map<String, Object> metadata = ctx.map(doc, "metadata");
    String name = DocumentContext.string(metadata, "name");
    String namespace = DocumentContext.string(metadata, "namespace");
    if ("Namespace".equals(kind) && name != null) {
      namespaces.put(name, labels(ctx, metadata));
      return;
    }
    if ("Service".equals(kind) && name != null) {
      String ns = namespace == null ? "default" : namespace;
      boolean selects = !ctx.map(ctx.map(doc, "spec"), "selector").isEmpty();
      services.put(ns + "/" + name, new ServiceInfo(ns, name, labels(ctx, metadata), selects));
      return;
    }
    PolicyKind.parse(kind).ifPresent(k -> policies.addAll(policy(ctx, doc, k, name, namespace)));
  }

  private static List<EnginePolicy> policy(
      DocumentContext ctx, Map<String, Object> doc, PolicyKind kind, String name, String ns) {
    if (name == null) {
      ctx.problem(doc, kind.yamlName() + " without metadata.name; it is ignored");
      return List.of();
    }
    String namespace = kind == PolicyKind.CILIUM_CLUSTERWIDE ? null : ns == null ? "default" : ns;
    PolicyRef ref = new PolicyRef(kind, name, namespace, ctx.file(), ctx.line(doc));
    if (kind == PolicyKind.KUBERNETES) {
      return List.of(new NetworkPolicyReader(ctx, ref).read(doc));
    }
    return new CiliumPolicyReader(ctx, ref).read(doc);
  }

  private static Map<String, String> labels(DocumentContext ctx, Map<String, Object> metadata) {
    Map<String, String> labels = new LinkedHashMap<>();
    ctx.map(metadata, "labels")
        .forEach((k, v) -> labels.put(k, v == null ? "" : String.valueOf(v)));
    return labels;
  }
}
