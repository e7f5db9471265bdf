package dev.policydesigner.app.report;

import dev.policydesigner.model.engine.Identity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An identity as JSON: {@code {namespace, labels}} for a pod, {@code {entity}} (with {@code
 * nodeLabels} when known), {@code {cidr}} (with {@code except}), {@code {fqdn}} or {@code
 * {service}}.
 */
public final class IdentityJson {
  private IdentityJson() {}

  public static Map<String, Object> of(Identity identity) {
    Map<String, Object> o = new LinkedHashMap<>();
    if (identity instanceof Identity.Pod p) {
      o.put("namespace", p.namespace());
      o.put("labels", p.labels());
    } else if (identity instanceof Identity.OfEntity e) {
      o.put("entity", e.entity().yamlName());
      if (!e.nodeLabels().isEmpty()) {
        o.put("nodeLabels", e.nodeLabels());
      }
    } else if (identity instanceof Identity.Address a) {
      o.put("cidr", a.cidr());
      if (!a.except().isEmpty()) {
        o.put("except", a.except());
      }
    } else if (identity instanceof Identity.DnsName d) {
      o.put("fqdn", d.name().value());
    } else if (identity instanceof Identity.Service s) {
      o.put("service", s.namespace() + "/" + s.name());
    }
    return o;
  }

  /** A short name for tables: {@code ns/app=x}, {@code entity:host}, {@code 10.0.0.0/8}, … */
  public static String shortName(Identity identity) {
    if (identity instanceof Identity.Pod p) {
      StringBuilder s = new StringBuilder(p.namespace());
      String sep = "/";
      for (Map.Entry<String, String> l : p.labels().entrySet()) {
        s.append(sep).append(l.getKey()).append('=').append(l.getValue());
        sep = ",";
      }
      return p.labels().isEmpty() ? s + "/*" : s.toString();
    } else if (identity instanceof Identity.OfEntity e) {
      return "entity:" + e.entity().yamlName() + (e.nodeLabels().isEmpty() ? "" : e.nodeLabels());
    } else if (identity instanceof Identity.Address a) {
      return a.cidr() + (a.except().isEmpty() ? "" : " except " + String.join(",", a.except()));
    } else if (identity instanceof Identity.DnsName d) {
      return "fqdn:" + d.name().value();
    }
    Identity.Service s = (Identity.Service) identity;
    return "service:" + s.namespace() + "/" + s.name();
  }
}
