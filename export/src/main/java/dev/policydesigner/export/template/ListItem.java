package dev.policydesigner.export.template;

/**
 * Writes the keys of one block-sequence item: the first key gets the {@code "- "}, the others line
 * up under it. An item that got no key is written as {@code - {}}.
 */
final class ListItem {
  private final YamlLines out;
  private final int indent;
  private boolean started;

  ListItem(YamlLines out, int indent) {
    this.out = out;
    this.indent = indent;
  }

  /** Writes {@code key:} with nothing after it; its children go at {@link #childIndent()}. */
  ListItem key(String key) {
    return entryLine(key + ":");
  }

  /** Writes {@code key: value} (value already a YAML scalar). */
  ListItem entry(String key, String value) {
    return entryLine(key + ": " + value);
  }

  /** The indentation of the children of this item's keys. */
  int childIndent() {
    return indent + 4;
  }

  /** Writes {@code - {}} when no key was written. */
  void finish() {
    if (!started) {
      out.line(indent, "- {}");
      started = true;
    }
  }

  private ListItem entryLine(String text) {
    out.line(started ? indent + 2 : indent, (started ? "" : "- ") + text);
    started = true;
    return this;
  }
}
