package dev.policydesigner.export.diagram.image;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimated text widths in DejaVu Sans (the first font of every text in the SVG), from the font's
 * advance widths, so text can be wrapped and ellipsised without a font renderer.
 */
final class TextWidth {
  static final String ELLIPSIS = "…";

  // Advance widths of the printable ASCII characters (space to tilde) in thousandths of an em.
  private static final int[] REGULAR = {
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635, 611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838
  };
  private static final int[] BOLD = {
    348, 456, 521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415, 380, 365, 696, 696, 696,
    696, 696, 696, 696, 696, 696, 696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830, 683,
    683, 821, 837, 372, 372, 775, 637, 995, 837, 850, 733, 850, 770, 720, 682, 812, 774, 1103, 771,
    724, 725, 457, 365, 457, 838, 500, 500, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 665,
    343, 1042, 712, 687, 716, 716, 493, 595, 478, 712, 652, 924, 645, 652, 582, 712, 365, 712, 838
  };
  private static final int OTHER_REGULAR = 640;
  private static final int OTHER_BOLD = 720;
  private static final int ELLIPSIS_WIDTH = 1000;

  private TextWidth() {}

  /** Width of {@code text} at {@code size} px. */
  static double of(String text, double size, boolean bold) {
    int[] table = bold ? BOLD : REGULAR;
    long thousandths = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c <= '~') {
        thousandths += table[c - ' '];
      } else if (c == '\u2026') {
        thousandths += ELLIPSIS_WIDTH;
      } else if (!Character.isLowSurrogate(c)) {
        thousandths += bold ? OTHER_BOLD : OTHER_REGULAR;
      }
    }
    return thousandths * size / 1000.0;
  }

  /** {@code text}, cut at the end with an ellipsis so that it fits {@code max} px. */
  static String ellipsise(String text, double size, boolean bold, double max) {
    if (of(text, size, bold) <= max) {
      return text;
    }
    int keep = text.length();
    while (keep > 0 && of(text.substring(0, keep) + ELLIPSIS, size, bold) > max) {
      keep--;
    }
    return text.substring(0, keep).stripTrailing() + ELLIPSIS;
  }

  /** {@code head + tail}, with the end of {@code head} cut so that the whole fits {@code max}. */
  static String ellipsiseHead(String head, String tail, double size, double max) {
    if (of(head + tail, size, false) <= max) {
      return head + tail;
    }
    double room = max - of(tail, size, false);
    if (room < of("ab" + ELLIPSIS, size, false)) {
      return ellipsise(head + tail, size, false, max);
    }
    return ellipsise(head, size, false, room) + tail;
  }

  /** Words of {@code text} wrapped into at most {@code maxLines} lines of {@code max} px. */
  static List<String> wrap(String text, double size, boolean bold, double max, int maxLines) {
    List<String> lines = new ArrayList<>();
    String line = "";
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (line.isEmpty() || of(candidate, size, bold) <= max) {
        line = candidate;
      } else {
        lines.add(line);
        line = word;
      }
    }
    lines.add(line);
    if (lines.size() > maxLines) {
      String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
      lines = new ArrayList<>(lines.subList(0, maxLines - 1));
      lines.add(rest);
    }
    List<String> fitted = new ArrayList<>();
    for (String l : lines) {
      fitted.add(ellipsise(l, size, bold, max));
    }
    return fitted;
  }

  /**
   * A name wrapped into at most {@code maxLines} lines of {@code max} px: broken at spaces, else
   * after a dash, dot, comma, underscore, slash or colon, else wherever it must; what does not fit
   * the last line is cut with an ellipsis.
   */
  static List<String> wrapName(String text, double size, boolean bold, double max, int maxLines) {
    List<String> lines = new ArrayList<>();
    String rest = text.strip();
    while (!rest.isEmpty() && lines.size() < maxLines - 1 && of(rest, size, bold) > max) {
      int cut = breakAt(rest, size, bold, max);
      lines.add(rest.substring(0, cut).strip());
      rest = rest.substring(cut).strip();
    }
    if (!rest.isEmpty() || lines.isEmpty()) {
      lines.add(ellipsise(rest, size, bold, max));
    }
    return lines;
  }

  /**
   * How many lines {@code text} takes broken only at spaces and after a dash, dot, comma,
   * underscore, slash or colon, or -1 when a part between two such breaks is wider than {@code
   * max}.
   */
  static int linesAtBreaks(String text, double size, boolean bold, double max) {
    List<String> lines = wrapName(text, size, bold, max, Integer.MAX_VALUE);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean cutShort =
          i < lines.size() - 1 && "-.,_/:".indexOf(line.charAt(line.length() - 1)) < 0
              ? !text.contains(line + " ")
              : false;
      if (cutShort || of(line, size, bold) > max) {
        return -1;
      }
    }
    return lines.size();
  }

  /** Whether {@code text} wraps into at most {@code maxLines} lines of {@code max} px, uncut. */
  static boolean fitsWhole(String text, double size, double max, int maxLines) {
    List<String> lines = wrapName(text, size, true, max, maxLines);
    return !lines.get(lines.size() - 1).endsWith(ELLIPSIS) || text.strip().endsWith(ELLIPSIS);
  }

  /** Where to end the first line of {@code text}: the last space, else the last break mark. */
  private static int breakAt(String text, double size, boolean bold, double max) {
    int space = -1;
    int mark = -1;
    int fit = 1;
    for (int i = 1; i <= text.length(); i++) {
      if (of(text.substring(0, i).stripTrailing(), size, bold) > max) {
        break;
      }
      fit = i;
      char c = text.charAt(i - 1);
      if (c == ' ') {
        space = i;
      } else if ("-.,_/:".indexOf(c) >= 0) {
        mark = i;
      }
    }
    return space > 0 ? space : mark > 0 ? mark : fit;
  }
}
