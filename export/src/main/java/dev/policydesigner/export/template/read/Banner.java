package dev.policydesigner.export.template.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code #| ===== #|} banner after a document's {@code ---}: its title ("CiliumNetworkPolicy
 * for <title>" and the usual variants) and the purpose lines.
 *
 * @param title the title, or {@code null} without a banner
 * @param purpose the lines after the title joined with a line break, or {@code ""}
 */
record Banner(String title, String purpose) {
  private static final String FOR = " for ";
  private static final Pattern DASHED =
      Pattern.compile("(?i)(?:cilium\\s+)?(?:clusterwide\\s+)?network\\s*policy\\s*[-–:]\\s*(.+)");
  private static final Pattern TRAILING =
      Pattern.compile("(?i)(.+?)\\s+(?:cilium\\s+)?network\\s*policy\\b.*");

  /**
   * The comment lines of the banner after the document's {@code ---} at 1-based {@code dash}, in
   * the template's {@code lines}.
   */
  static List<String> rawLines(String[] lines, int dash) {
    List<String> banner = new ArrayList<>();
    for (int i = dash; i < lines.length && lines[i].strip().startsWith("#|"); i++) {
      banner.add(lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i]);
    }
    return banner;
  }

  static Banner after(List<TemplateLine> lines, int dash) {
    List<String> texts = new ArrayList<>();
    for (int i = dash + 1; i < lines.size() && lines.get(i).kind() == LineKind.COMMENT; i++) {
      String c = lines.get(i).comment();
      if (!c.matches("=+")) {
        texts.add(c);
      }
    }
    if (texts.isEmpty()) {
      return new Banner(null, "");
    }
    return new Banner(title(texts.get(0)), String.join("\n", texts.subList(1, texts.size())));
  }

  /**
   * The title in a banner's first line: "Foo" of "CiliumNetworkPolicy for Foo", "CILIUM NETWORK
   * POLICY - Foo" or "FOO NETWORK POLICY"; else the whole line.
   */
  static String title(String first) {
    int at = first.indexOf(FOR);
    if (at >= 0 && first.substring(0, at).endsWith("Policy")) {
      return first.substring(at + FOR.length()).strip();
    }
    Matcher dashed = DASHED.matcher(first.strip());
    if (dashed.matches()) {
      return dashed.group(1).strip();
    }
    Matcher trailing = TRAILING.matcher(first.strip());
    return trailing.matches() ? trailing.group(1).strip() : first;
  }
}
