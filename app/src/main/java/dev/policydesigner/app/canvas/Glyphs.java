package dev.policydesigner.app.canvas;

import dev.policydesigner.icons.Icon;
import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Entity;
import dev.policydesigner.model.EntityNode;
import dev.policydesigner.model.Workload;
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

  /** The icon of a node: by kind hint, by entities, or the CIDR / FQDN icon. */
  public static Icon of(dev.policydesigner.model.Node node) {
    if (node instanceof Workload w) {
      return Icon.forKind(w.kind().fileName());
    }
    if (node instanceof EntityNode e) {
      return Icon.forEntities(e.entities().stream().map(Entity::yamlName).toList());
    }
    return node instanceof CidrNode ? Icon.CIDR : Icon.FQDN;
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
