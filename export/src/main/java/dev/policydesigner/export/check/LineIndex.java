package dev.policydesigner.export.check;

import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.Direction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** {@link TemplateLines} from recorded places: filled by whoever read or wrote the templates. */
public final class LineIndex implements TemplateLines {
  private final Map<String, SourceLocation> rules = new HashMap<>();
  private final Map<String, SourceLocation> policies = new HashMap<>();
  private final Map<String, SourceLocation> firstPolicies = new LinkedHashMap<>();

  /** Records the first line of the rule {@code flowId} becomes in {@code direction}. */
  public void addRule(String flowId, Direction direction, String file, int line) {
    rules.putIfAbsent(flowId + "\n" + direction, SourceLocation.of(file, line));
  }

  /** Records the line of a policy of a file. */
  public void addPolicy(String file, String policyName, int line) {
    SourceLocation place = SourceLocation.of(file, line);
    policies.putIfAbsent(file + "\n" + policyName, place);
    firstPolicies.putIfAbsent(file, place);
  }

  @Override
  public Optional<SourceLocation> rule(String flowId, Direction direction) {
    return Optional.ofNullable(rules.get(flowId + "\n" + direction));
  }

  @Override
  public Optional<SourceLocation> policy(String file, String policyName) {
    return Optional.ofNullable(policies.get(file + "\n" + policyName));
  }

  @Override
  public Optional<SourceLocation> firstPolicy(String file) {
    return Optional.ofNullable(firstPolicies.get(file));
  }
}
