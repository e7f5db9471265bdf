package dev.policydesigner.app.palette;

import java.util.List;

/** One kind of node the palette offers. */
public record PaletteEntry(String key, String label, boolean workload) {
  /** Workload kinds first, then the peers outside the workloads. */
  public static final List<PaletteEntry> ALL =
      List.of(
          new PaletteEntry("gateway", "Gateway", true),
          new PaletteEntry("ui", "UI", true),
          new PaletteEntry("relay", "Relay", true),
          new PaletteEntry("storage", "Storage", true),
          new PaletteEntry("database", "Database", true),
          new PaletteEntry("dns", "DNS", true),
          new PaletteEntry("monitoring", "Monitoring", true),
          new PaletteEntry("app", "App", true),
          new PaletteEntry("entity", "Entities", false),
          new PaletteEntry("cidr", "CIDR", false),
          new PaletteEntry("fqdn", "FQDN", false));
}
