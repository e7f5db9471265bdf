package dev.policydesigner.icons;

import java.net.URL;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The designer's icons. Each has a hand-drawn SVG source ({@code <name>.svg}, viewBox 0 0 32 32)
 * and PNG renderings at 16, 32 and 64 px ({@code <name>-<size>.png}) under {@code
 * /dev/policydesigner/icons/}: 32 px for node cards, 16 px for the palette and menus, 64 px for
 * HiDPI screens.
 */
public enum Icon {
  // Workloads, by kind hint (blue accent).
  GATEWAY,
  UI,
  RELAY,
  STORAGE,
  DATABASE,
  DNS,
  MONITORING,
  APP,
  // Cilium entities and cluster structure (purple accent).
  AGENTS,
  HOST,
  CLUSTER,
  KUBE_APISERVER,
  NAMESPACE,
  // Peers outside the cluster (teal accent).
  WORLD,
  CIDR,
  FQDN,
  // Application commands and states.
  FLOW,
  SUBJECT,
  WARNING,
  ERROR,
  INFO,
  EXPORT,
  IMPORT,
  LAYOUT,
  ZOOM_FIT,
  UNDO,
  REDO,
  WALKTHROUGH,
  NEW,
  OPEN,
  SAVE,
  HELP;

  /** Palette and menu size. */
  public static final int SMALL = 16;

  /** Node-card size. */
  public static final int MEDIUM = 32;

  /** Node-card size on HiDPI screens (also the 2x variant of {@link #SMALL}). */
  public static final int LARGE = 64;

  /** The PNG sizes every icon comes in, smallest first. */
  public static final List<Integer> SIZES = List.of(SMALL, MEDIUM, LARGE);

  /** The size of the application icon for desktop entries and task bars ({@link #APP} only). */
  public static final int DESKTOP = 256;

  private static final String FOLDER = "/dev/policydesigner/icons/";

  /** The file stem, e.g. {@code kube-apiserver} or {@code zoom-fit}. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The absolute class-path name of the PNG at {@code size} px, e.g. {@code
   * /dev/policydesigner/icons/gateway-32.png}.
   *
   * @throws IllegalArgumentException if {@code size} is not one of {@link #SIZES}
   */
  public String resourceName(int size) {
    if (!SIZES.contains(size)) {
      throw new IllegalArgumentException(
          "No " + size + " px rendering of icon " + fileName() + "; sizes are " + SIZES);
    }
    return FOLDER + fileName() + "-" + size + ".png";
  }

  /**
   * The PNG at {@code size} px, found through this class's loader.
   *
   * @throws IllegalArgumentException if {@code size} is not one of {@link #SIZES}
   */
  public URL url(int size) {
    return Icon.class.getResource(resourceName(size));
  }

  /** The application icon at {@link #DESKTOP} px: the desktop entry's and the window's. */
  public static URL desktopIconUrl() {
    return Icon.class.getResource(FOLDER + APP.fileName() + "-" + DESKTOP + ".png");
  }

  /**
   * The absolute class-path name of the SVG source, e.g. {@code /dev/policydesigner/icons/dns.svg}.
   */
  public String svgResource() {
    return FOLDER + fileName() + ".svg";
  }

  /** The SVG source, found through this class's loader. */
  public URL svgUrl() {
    return Icon.class.getResource(svgResource());
  }

  /**
   * The icon for a workload's kind hint as written in diagram files ({@code gateway}, {@code ui},
   * {@code relay}, {@code storage}, {@code database}, {@code dns}, {@code monitoring}, {@code
   * app}); case is ignored, and {@code null} or an unknown hint gives {@link #APP}.
   */
  public static Icon forKind(String kindHint) {
    return KindIcons.forKind(kindHint);
  }

  /**
   * The icon for one Cilium entity name: {@code host} gives {@link #HOST}, {@code remote-node}
   * {@link #AGENTS}, {@code world} {@link #WORLD}, {@code cluster} {@link #CLUSTER}, {@code
   * kube-apiserver} {@link #KUBE_APISERVER}; any other name (or {@code null}) gives {@link
   * #CLUSTER}.
   */
  public static Icon forEntity(String entityName) {
    return KindIcons.forEntity(entityName);
  }

  /**
   * The icon for an entity node holding several entities: {@link #AGENTS} when they are all node
   * entities ({@code host}, {@code remote-node}) and there is more than one, otherwise the icon of
   * the first name; {@link #CLUSTER} when there are none.
   */
  public static Icon forEntities(Collection<String> entityNames) {
    return KindIcons.forEntities(entityNames);
  }
}
