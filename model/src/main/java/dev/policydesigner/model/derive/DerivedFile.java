package dev.policydesigner.model.derive;

import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.Settings;
import java.util.List;

/** The policies of one template file, in file order, with the settings they are written with. */
public record DerivedFile(PolicyFile file, Settings settings, List<DerivedPolicy> policies) {
  public DerivedFile {
    policies = List.copyOf(policies);
  }
}
