package dev.policydesigner.export.diagram.image;

/** Colours and fonts of the diagram images (Tailwind's slate scale, the icon set's accents). */
final class Palette {
  static final String FONT_FAMILY = "DejaVu Sans, Helvetica, Arial, sans-serif";
  static final String INK = "#0f172a";
  static final String TEXT = "#334155";
  static final String MUTED = "#64748b";
  static final String BORDER = "#cbd5e1";
  static final String CARD = "#ffffff";
  static final String SUBJECT_CARD = "#f5f8ff";
  static final String SUBJECT = "#2563eb";
  static final String SUBJECT_TEXT = "#1d4ed8";
  static final String LINE = "#64748b";
  static final String CONDITION = "#9a3412";
  static final String SHADOW = "#0f172a";
  static final String DASH = "6 4";
  static final String ACCENT = "#db2777";

  private Palette() {}
}
