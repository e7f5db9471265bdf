package dev.policydesigner.export.diagram.image;

import dev.policydesigner.icons.Icon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The icon set's SVG sources as {@code <symbol>} definitions, so each icon is embedded once and
 * drawn with {@code <use>}.
 */
final class IconSymbols {
  private static final Pattern ROOT =
      Pattern.compile("<svg\\b([^>]*)>(.*)</svg>\\s*$", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->\\s*", Pattern.DOTALL);
  private static final Pattern ROOT_ONLY_ATTRIBUTE =
      Pattern.compile("\\s(xmlns(:\\w+)?|viewBox|width|height|version)=\"[^\"]*\"");
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"([^\"]*)\"");

  private IconSymbols() {}

  /** The id {@code <use>} refers to. */
  static String id(Icon icon) {
    return "icon-" + icon.fileName();
  }

  /** One {@code <symbol>} per icon, in the order given. */
  static void write(SvgOut out, Collection<Icon> icons) {
    for (Icon icon : icons) {
      write(out, icon);
    }
  }

  private static void write(SvgOut out, Icon icon) {
    Matcher m = ROOT.matcher(read(icon));
    if (!m.find()) {
      throw new IllegalStateException("Icon " + icon.svgResource() + " is not an <svg> document");
    }
    Matcher box = VIEW_BOX.matcher(m.group(1));
    String viewBox = box.find() ? box.group(1) : "0 0 32 32";
    String presentation = ROOT_ONLY_ATTRIBUTE.matcher(m.group(1)).replaceAll("").strip();
    String body = COMMENT.matcher(m.group(2)).replaceAll("").strip();
    out.open("symbol", "id", id(icon), "viewBox", viewBox);
    out.raw("<g " + presentation + ">");
    for (String line : body.split("\n")) {
      out.raw("  " + line.strip());
    }
    out.raw("</g>");
    out.close("symbol");
  }

  private static String read(Icon icon) {
    URL url = icon.svgUrl();
    if (url == null) {
      throw new IllegalStateException(
          "Icon " + icon.svgResource() + " is missing from the class path");
    }
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read icon " + icon.svgResource(), e);
    }
  }
}
