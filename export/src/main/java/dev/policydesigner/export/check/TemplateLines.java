package dev.policydesigner.export.check;

import dev.policydesigner.model.check.SourceLocation;
import dev.policydesigner.model.derive.Direction;
import java.util.Optional;

/**
 * Where the rules and policies of a diagram's templates sit: in the templates as the designer
 * writes them ({@link WrittenTemplateLines}) or in the files an import read.
 */
public interface TemplateLines {
  /** The first line of the rule that {@code flowId} becomes in its {@code direction}'s policy. */
  Optional<SourceLocation> rule(String flowId, Direction direction);

  /** The line of the policy's {@code metadata.name} (or its document's first line). */
  Optional<SourceLocation> policy(String file, String policyName);

  /** The first policy of the file. */
  Optional<SourceLocation> firstPolicy(String file);

  /** These lines, and {@code other}'s where these know none. */
  default TemplateLines or(TemplateLines other) {
    TemplateLines first = this;
    return new TemplateLines() {
      @Override
      public Optional<SourceLocation> rule(String flowId, Direction direction) {
        return first.rule(flowId, direction).or(() -> other.rule(flowId, direction));
      }

      @Override
      public Optional<SourceLocation> policy(String file, String policyName) {
        return first.policy(file, policyName).or(() -> other.policy(file, policyName));
      }

      @Override
      public Optional<SourceLocation> firstPolicy(String file) {
        return first.firstPolicy(file).or(() -> other.firstPolicy(file));
      }
    };
  }
}
