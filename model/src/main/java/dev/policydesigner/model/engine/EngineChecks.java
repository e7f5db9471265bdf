package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks computed on rendered documents, each finding placed at the template lines concerned:
 * {@code fqdn-without-dns}, {@code host-without-remote-node} and {@code one-sided-flow} on the
 * enforce-mode render, {@code netpol-defeats-audit} on the audit-mode render.
 */
public final class EngineChecks {
  /** The code of FQDN rules whose names no DNS rule lets resolve. */
  public static final String FQDN_WITHOUT_DNS = "fqdn-without-dns";

  /** The code of NetworkPolicies that block in audit mode. */
  public static final String NETPOL_DEFEATS_AUDIT = "netpol-defeats-audit";

  /** The code of egress rules to {@code host} without {@code remote-node}. */
  public static final String HOST_WITHOUT_REMOTE_NODE = "host-without-remote-node";

  /** The code of rules the other side does not allow. */
  public static final String ONE_SIDED_FLOW = "one-sided-flow";

  /** Every code these checks report. */
  public static final List<String> CODES =
      List.of(FQDN_WITHOUT_DNS, NETPOL_DEFEATS_AUDIT, HOST_WITHOUT_REMOTE_NODE, ONE_SIDED_FLOW);

  private EngineChecks() {}

  /** All findings: on {@code enforce} (the enforce-mode render) and {@code audit}. */
  public static List<Problem> check(PolicyEngine enforce, PolicyEngine audit) {
    List<Problem> all = new ArrayList<>();
    all.addAll(new FqdnWithoutDnsCheck(enforce).check());
    all.addAll(new HostWithoutRemoteNodeCheck(enforce).check());
    all.addAll(new NetpolDefeatsAuditCheck(audit).check());
    all.addAll(new OneSidedFlowCheck(enforce).check());
    return all;
  }
}
