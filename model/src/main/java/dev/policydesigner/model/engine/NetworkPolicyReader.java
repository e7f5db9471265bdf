package dev.policydesigner.model.engine;

import dev.policydesigner.model.check.CidrBlock;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Kubernetes NetworkPolicy: {@code podSelector} in the policy's namespace; default deny in
 * each direction of {@code policyTypes} (when absent: Ingress, plus Egress when the policy has an
 * {@code egress} section); a rule without {@code from}/{@code to} admits every peer, one without
 * {@code ports} every port; peers by {@code podSelector}, {@code namespaceSelector} (both: pods
 * selected in the selected namespaces) or {@code ipBlock}.
 */
final class NetworkPolicyReader {
  private final DocumentContext ctx;
  private final PolicyRef ref;

  NetworkPolicyReader(DocumentContext ctx, PolicyRef ref) {
    this.ctx = ctx;
    this.ref = ref;
  }

  EnginePolicy read(Map<String, Object> doc) {
    Map<String, Object> spec = ctx.map(doc, "spec");
    LabelSelector pods = SelectorReader.read(ctx, spec.get("podSelector"));
    Peer subject = new Peer.KubernetesPods(pods, null, ref.namespace());
    List<Object> types = ctx.list(spec, "policyTypes");
    boolean ingress;
    boolean egress;
    String why;
    if (types == null) {
      ingress = true;
      egress = spec.containsKey("egress");
      why = "a NetworkPolicy without policyTypes denies by default for Ingress";
      why += egress ? " and, as it has an egress section, for Egress" : "";
    } else {
      ingress = types.stream().anyMatch(t -> "Ingress".equals(String.valueOf(t)));
      egress = types.stream().anyMatch(t -> "Egress".equals(String.valueOf(t)));
      why = "a NetworkPolicy always denies by default in its policyTypes " + types;
    }
    return new EnginePolicy(
        ref,
        subject,
        side(spec, Direction.INGRESS, ingress, why),
        side(spec, Direction.EGRESS, egress, why));
  }

  private DirectionRules side(
      Map<String, Object> spec, Direction direction, boolean isolated, String why) {
    if (!isolated) {
      return DirectionRules.NONE;
    }
    String peersKey = direction == Direction.INGRESS ? "from" : "to";
    List<EngineRule> rules = new ArrayList<>();
    for (Object node : ctx.listOrEmpty(spec, direction.yamlName())) {
      Map<String, Object> rule = DocumentContext.asMap(node);
      if (rule == null) {
        continue;
      }
      int line = ctx.line(rule);
      RuleSource source = new RuleSource(ref, direction, false, line, ctx.commentAbove(line));
      List<Object> peerList = ctx.list(rule, peersKey);
      List<Peer> peers = new ArrayList<>();
      if (peerList == null || peerList.isEmpty()) {
        peers.add(new Peer.Anything());
      } else {
        peerList.forEach(p -> peer(p).ifPresent(peers::add));
      }
      rules.add(new EngineRule(source, peers, PortReader.kubernetes(ctx, rule)));
    }
    return new DirectionRules(true, false, why, rules, List.of());
  }

  private Optional<Peer> peer(Object node) {
    Map<String, Object> p = DocumentContext.asMap(node);
    if (p == null) {
      ctx.problem(node, "a NetworkPolicy peer is not a mapping; it is ignored");
      return Optional.empty();
    }
    Map<String, Object> ipBlock = DocumentContext.asMap(p.get("ipBlock"));
    if (ipBlock != null) {
      return ipBlock(ipBlock);
    }
    boolean hasPods = p.containsKey("podSelector");
    boolean hasNamespaces = p.containsKey("namespaceSelector");
    if (!hasPods && !hasNamespaces) {
      ctx.problem(node, "a NetworkPolicy peer needs podSelector, namespaceSelector or ipBlock");
      return Optional.empty();
    }
    LabelSelector pods = hasPods ? SelectorReader.read(ctx, p.get("podSelector")) : null;
    LabelSelector namespaces =
        hasNamespaces ? SelectorReader.read(ctx, p.get("namespaceSelector")) : null;
    return Optional.of(new Peer.KubernetesPods(pods, namespaces, ref.namespace()));
  }

  private Optional<Peer> ipBlock(Map<String, Object> ipBlock) {
    String cidr = DocumentContext.string(ipBlock, "cidr");
    Optional<CidrBlock> block = CidrBlock.tryParse(cidr);
    if (block.isEmpty()) {
      ctx.problem(ipBlock, "ipBlock cidr '" + cidr + "' is not a CIDR; the peer is ignored");
      return Optional.empty();
    }
    List<CidrBlock> except = new ArrayList<>();
    for (Object e : ctx.listOrEmpty(ipBlock, "except")) {
      CidrBlock.tryParse(String.valueOf(e)).ifPresent(except::add);
    }
    return Optional.of(new Peer.Cidr(cidr, block.get(), except));
  }
}
