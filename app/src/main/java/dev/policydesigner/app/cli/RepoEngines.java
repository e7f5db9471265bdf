package dev.policydesigner.app.cli;

import dev.policydesigner.export.engine.CheckoutPolicies;
import dev.policydesigner.export.preview.MakejinjaRenderer;
import dev.policydesigner.export.preview.ValuesException;
import dev.policydesigner.export.preview.ValuesSource;
import dev.policydesigner.export.repo.RepoCheckout;
import dev.policydesigner.export.repo.RepoException;
import dev.policydesigner.model.Settings;
import dev.policydesigner.model.engine.Mode;
import dev.policydesigner.model.engine.PolicyEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The policy engine over a checkout for the commands that ask it ({@code simulate}, {@code check},
 * {@code matrix}, {@code diff}): the checkout's policy files rendered with its values, a values
 * file, overrides and a mode.
 */
final class RepoEngines {
  /** The repo's mode flag (the designer's default name). */
  static final String MODE_FLAG = Settings.DEFAULT.modeFlag();

  private static final MakejinjaRenderer RENDERER = new MakejinjaRenderer();

  private RepoEngines() {}

  /** The checkout at {@code dir}, or a message saying why it is not one. */
  static RepoCheckout open(Path dir) {
    try {
      return RepoCheckout.open(dir);
    } catch (RepoException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** The checkout's policy files. */
  static CheckoutPolicies policies(RepoCheckout checkout) {
    try {
      return CheckoutPolicies.read(checkout.root());
    } catch (IOException e) {
      throw new UserInputException(
          checkout.root() + ": cannot read the templates (" + e.getMessage() + ")");
    }
  }

  /** The checkout's own values: its {@code cluster.yaml} (or sample), else none. */
  static ValuesSource repoValues(RepoCheckout checkout) {
    try {
      return ValuesSource.ofRepo(checkout.root());
    } catch (ValuesException e) {
      throw new UserInputException(e.getMessage());
    }
  }

  /** The checkout's values with {@code mode} set. */
  static Map<String, Object> values(RepoCheckout checkout, Mode mode) {
    return repoValues(checkout).with(MODE_FLAG, mode.value()).values();
  }

  /** The mode the values select: their mode flag, audit when it is not {@code enforce}. */
  static Mode modeOf(Map<String, Object> values) {
    return "enforce".equals(String.valueOf(values.get(MODE_FLAG))) ? Mode.ENFORCE : Mode.AUDIT;
  }

  /** The engine over {@code files} rendered with {@code values}. */
  static PolicyEngine engine(CheckoutPolicies files, Map<String, Object> values) {
    return new PolicyEngine(files.policies(RENDERER, values));
  }

  /**
   * The engines over {@code files} rendered with each of {@code valueSets}, in their order (each
   * template prepared once for all of them).
   */
  static List<PolicyEngine> engines(CheckoutPolicies files, List<Map<String, Object>> valueSets) {
    return files.policies(RENDERER, valueSets).stream().map(PolicyEngine::new).toList();
  }

  /** The renderer the commands share. */
  static MakejinjaRenderer renderer() {
    return RENDERER;
  }
}
