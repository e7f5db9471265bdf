package dev.policydesigner.app.canvas;

import dev.policydesigner.icons.Icon;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** Icon views from the icon set; images are loaded once per icon and size. */
public final class Glyphs {
  private static final Map<String, Image> CACHE = new HashMap<>();

  private Glyphs() {}

  /** A view of {@code icon} at 16 or 32 px (drawn from the 64 px image when it is sharper). */
  public static Node icon(Icon icon, int size) {
    Image image =
        CACHE.computeIfAbsent(
            icon.fileName() + "@" + size,
            k -> {
              URL url = icon.url(size * 2 <= Icon.LARGE ? size * 2 : size);
              return new Image(url.toExternalForm(), size, size, true, true);
            });
    ImageView view = new ImageView(image);
    view.getStyleClass().add("kind-icon");
    return view;
  }

  /** The icon of a palette entry key: a kind hint, or entity / cidr / fqdn. */
  public static Icon forKey(String key) {
    switch (key) {
      case "entity":
        return Icon.WORLD;
      case "cidr":
        return Icon.CIDR;
      case "fqdn":
        return Icon.FQDN;
      default:
        return Icon.forKind(key);
    }
  }
}
