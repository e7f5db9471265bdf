package dev.policydesigner.app.canvas;

import java.net.URL;

/** Finds the icon set's image for a node kind. */
final class IconLookup {
  private IconLookup() {}

  static URL url(String key, int size) {
    return IconLookup.class.getResource("/dev/policydesigner/icons/" + key + "-" + size + ".png");
  }
}
