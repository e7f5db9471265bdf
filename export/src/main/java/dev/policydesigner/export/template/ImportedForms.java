package dev.policydesigner.export.template;

import dev.policydesigner.model.ImportedFile;
import dev.policydesigner.model.PolicyFile;
import dev.policydesigner.model.PolicyForm;
import dev.policydesigner.model.RuleForm;
import dev.policydesigner.model.SelectorForm;
import dev.policydesigner.model.VerbatimSection;
import java.util.List;
import java.util.Optional;

/**
 * The forms remembered from an imported file, looked up by policy; none for a file the designer
 * created, whose rules are all written in the writer's own form.
 */
final class ImportedForms {
  private final ImportedFile imported;

  ImportedForms(PolicyFile file) {
    this.imported = file.imported();
  }

  /** The remembered forms of one policy's rules in one direction. */
  List<RuleForm> ruleForms(String policy, VerbatimSection direction) {
    return imported == null ? List.of() : imported.ruleForms(policy, direction);
  }

  /** How the policy's banner and DNS handling were written, if that differed. */
  Optional<PolicyForm> policyForm(String policy) {
    return imported == null ? Optional.empty() : imported.policyForm(policy);
  }

  /** The label keys of the policy's endpointSelector written as {@code In} expressions. */
  List<String> selectorKeys(String policy) {
    return imported == null
        ? List.of()
        : imported.selectorForm(policy).map(SelectorForm::expressionKeys).orElse(List.of());
  }
}
