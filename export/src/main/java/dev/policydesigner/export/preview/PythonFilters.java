package dev.policydesigner.export.preview;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.lib.filter.Filter;
import java.util.Locale;
import java.util.Map;

/**
 * Jinja2's versions of filters whose Jinjava versions behave differently on the values the
 * templates use: Jinjava's {@code default} turns its argument into a string ({@code missing |
 * default(false)} would be the string {@code "false"}), and its {@code lower} / {@code upper} /
 * {@code string} leave a boolean a boolean ({@code enforce | lower} must print {@code true}, as
 * Python's {@code str(True).lower()} does).
 */
final class PythonFilters {
  private PythonFilters() {}

  /** Replaces Jinjava's filters of the same names. */
  static void registerOn(Jinjava jinjava) {
    jinjava.registerFilter(new DefaultFilter("default"));
    jinjava.registerFilter(new DefaultFilter("d"));
    jinjava.registerFilter(new TextFilter("lower"));
    jinjava.registerFilter(new TextFilter("upper"));
    jinjava.registerFilter(new TextFilter("string"));
  }

  /** Python's {@code str()} of a value. */
  static String str(Object value, JinjavaInterpreter interpreter) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean b) {
      return b ? "True" : "False";
    }
    return interpreter.getAsString(value);
  }

  /** {@code default(value, default_value='', boolean=False)}: the default keeps its type. */
  static final class DefaultFilter implements Filter {
    private final String name;

    DefaultFilter(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Object filter(
        Object var, JinjavaInterpreter interpreter, Object[] args, Map<String, Object> kwargs) {
      Object fallback = args.length > 0 ? args[0] : kwargs.getOrDefault("default_value", "");
      Object booleanArg = args.length > 1 ? args[1] : kwargs.get("boolean");
      boolean whenFalsy = PythonValues.truth(booleanArg);
      boolean useDefault = var == null || (whenFalsy && !PythonValues.truth(var));
      return useDefault ? fallback : var;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
      return filter(var, interpreter, args, Map.of());
    }
  }

  /** {@code lower}, {@code upper} and {@code string} over Python's {@code str()}. */
  static final class TextFilter implements Filter {
    private final String name;

    TextFilter(String name) {
      this.name = name;
    }

    @Override
    public String getName() {
      return name;
    }

    @Override
    public Object filter(Object var, JinjavaInterpreter interpreter, String... args) {
      if (var == null && !name.equals("string")) {
        return ""; // an undefined value is the empty string to lower/upper
      }
      String text = var instanceof String s ? s : str(var, interpreter);
      return switch (name) {
        case "lower" -> text.toLowerCase(Locale.ROOT);
        case "upper" -> text.toUpperCase(Locale.ROOT);
        default -> text;
      };
    }
  }
}
