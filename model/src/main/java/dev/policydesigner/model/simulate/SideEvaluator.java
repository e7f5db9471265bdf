package dev.policydesigner.model.simulate;

import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.derive.Direction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides one side with Cilium's semantics: the endpoint is default-deny in a direction when any
 * policy selecting it is; then the connection passes when some active rule of a selecting policy
 * (of either kind: Cilium unions them) admits the other end on the port.
 */
final class SideEvaluator {
  private final List<PolicyView> policies;
  private final int port;
  private final Protocol protocol;
  private final Set<String> errors = new LinkedHashSet<>();
  private final Set<String> notes = new LinkedHashSet<>();

  SideEvaluator(List<PolicyView> policies, int port, Protocol protocol) {
    this.policies = policies;
    this.port = port;
    this.protocol = protocol;
  }

  SideVerdict decide(Party self, Direction direction, Party other) {
    if (self.kind() != Party.Kind.POD) {
      return new SideVerdict(
          direction,
          self.label(),
          true,
          List.of(),
          List.of(),
          "not a pod, so no CiliumNetworkPolicy or NetworkPolicy applies"
              + " (host policies are not simulated)");
    }
    List<PolicyView> selecting = policies.stream().filter(p -> p.selects(self)).toList();
    if (selecting.isEmpty()) {
      return new SideVerdict(
          direction,
          self.label(),
          true,
          List.of(),
          List.of(),
          "no policy selects it: not restricted");
    }
    selecting.forEach(p -> errors.addAll(p.errors()));
    List<String> denyBy = new ArrayList<>();
    List<RuleRef> allowedBy = new ArrayList<>();
    List<String> undecided = new ArrayList<>();
    for (PolicyView p : selecting) {
      if (p.denies(direction)) {
        denyBy.add(p.title() + " (" + p.denyReason() + ")");
      }
      for (PolicyView.RuleView r : p.rules(direction)) {
        if (!r.matches(other, port, protocol)) {
          continue;
        }
        if (r.error() != null) {
          undecided.add(r.error());
        } else {
          allowedBy.add(r.ref());
          if (r.hasL7()) {
            notes.add(r.ref().label() + " also filters at L7: only the requests it lists pass");
          }
        }
      }
    }
    boolean allowed = denyBy.isEmpty() || !allowedBy.isEmpty();
    if (!allowed) {
      errors.addAll(undecided); // a rule whose guard is unknown would admit the connection
    }
    return new SideVerdict(
        direction,
        self.label(),
        allowed,
        denyBy,
        allowedBy,
        explain(direction, selecting, denyBy, allowedBy, other));
  }

  private String explain(
      Direction direction,
      List<PolicyView> selecting,
      List<String> denyBy,
      List<RuleRef> allowedBy,
      Party other) {
    String d = direction.yamlName();
    if (denyBy.isEmpty()) {
      List<String> names = selecting.stream().map(PolicyView::title).toList();
      return "selected by "
          + String.join(", ", names)
          + ", but none denies "
          + d
          + " by default ("
          + selecting.get(0).denyReason()
          + "): not restricted";
    }
    String deny = d + " is default-deny because of " + String.join("; ", denyBy);
    if (!allowedBy.isEmpty()) {
      return deny + "; a rule admits " + other.label() + " on " + port + "/" + protocol;
    }
    return deny + "; no " + d + " rule admits " + other.label() + " on " + port + "/" + protocol;
  }

  List<String> errors() {
    return List.copyOf(errors);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }
}
