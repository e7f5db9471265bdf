package dev.policydesigner.export.template.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code #| ===== #|} banner after a document's {@code ---}: "CiliumNetworkPolicy for <title>"
 * and the purpose lines.
 *
 * @param title the title, or {@code null} without a banner
 * @param purpose the lines after the title joined with a line break, or {@code ""}
 */
record Banner(String title, String purpose) {
  private static final String FOR = " for ";

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
    String first = texts.get(0);
    int at = first.indexOf(FOR);
    String title =
        at >= 0 && first.substring(0, at).endsWith("Policy")
            ? first.substring(at + FOR.length()).strip()
            : first;
    return new Banner(title, String.join("\n", texts.subList(1, texts.size())));
  }
}
