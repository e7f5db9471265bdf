package dev.policydesigner.export.hubble;

import dev.policydesigner.model.observe.ObservedFlow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** The Hubble JSON-lines fixtures under {@code src/test/resources/hubble/}. */
final class HubbleFixtures {
  static final String HUBBLE_EXAMPLE = "hubble-example.json";
  static final String RUSTFS_TRAFFIC = "rustfs-traffic.json";
  static final String RESERVED_AND_WORLD = "reserved-and-world.json";

  private HubbleFixtures() {}

  static Path path(String name) {
    try {
      return Path.of(HubbleFixtures.class.getResource("/hubble/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static HubbleReadResult read(String name) {
    try {
      return new HubbleFlowReader().read(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ObservedFlow> flows(String name) {
    return read(name).flows();
  }
}
