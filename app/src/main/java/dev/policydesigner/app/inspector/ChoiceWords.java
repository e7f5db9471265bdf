package dev.policydesigner.app.inspector;

import dev.policydesigner.app.palette.PaletteEntry;
import dev.policydesigner.model.KindHint;
import dev.policydesigner.model.NetworkPolicyFallback;
import java.util.Locale;
import javafx.util.StringConverter;

/** The words people use for the inspector's choices, instead of enum names like APP or NONE. */
final class ChoiceWords extends StringConverter<Object> {
  @Override
  public String toString(Object value) {
    if (value instanceof KindHint k) {
      return PaletteEntry.ALL.stream()
          .filter(e -> e.key().equals(k.fileName()))
          .map(PaletteEntry::label)
          .findFirst()
          .orElse(sentence(k.name()));
    }
    if (value instanceof NetworkPolicyFallback f) {
      return switch (f) {
        case NONE -> "None (Cilium policy only)";
        case PRECISE -> "Precise (a rule per flow)";
        case NAMESPACE -> "Whole namespaces (coarse)";
      };
    }
    if (value instanceof Enum<?> e) {
      return sentence(e.name());
    }
    return value == null ? "" : value.toString();
  }

  @Override
  public Object fromString(String text) {
    throw new UnsupportedOperationException("choices are picked, not typed");
  }

  /** {@code SOME_NAME} as "Some name". */
  static String sentence(String enumName) {
    String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
