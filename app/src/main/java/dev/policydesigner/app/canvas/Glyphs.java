package dev.policydesigner.app.canvas;

import java.net.URL;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;

/** The icon of a node kind: the icon set's PNG, or a lettered disc while none is available. */
public final class Glyphs {
  private Glyphs() {}

  /** An icon for {@code key} (gateway, ui, …, entity, world, cidr, fqdn) at 16 or 32 px. */
  public static Node icon(String key, int size) {
    URL url = IconLookup.url(key, size);
    if (url != null) {
      ImageView view = new ImageView(new Image(url.toExternalForm(), size, size, true, true));
      view.getStyleClass().add("kind-icon");
      return view;
    }
    Label disc = new Label(key.substring(0, 1).toUpperCase(Locale.ROOT));
    disc.getStyleClass().addAll("kind-disc", "kind-" + key);
    disc.setMinSize(size, size);
    disc.setPrefSize(size, size);
    disc.setMaxSize(size, size);
    disc.setStyle("-fx-font-size: " + (size * 0.5) + "px;");
    return disc;
  }
}
