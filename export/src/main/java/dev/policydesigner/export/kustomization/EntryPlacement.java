package dev.policydesigner.export.kustomization;

import dev.policydesigner.export.kustomization.BlockStructure.Block;
import dev.policydesigner.export.kustomization.BlockStructure.Branch;
import dev.policydesigner.export.kustomization.TextLines.Line;
import dev.policydesigner.model.Guard;
import java.util.ArrayList;
import java.util.List;

/** Finds, adds and rewrites one resource entry (and its guard group) in a kustomization. */
final class EntryPlacement {
  private final TextLines lines;
  private final BlockStructure blocks;
  private final int anchor;
  private final String entry;
  private final Guard wrapper;

  EntryPlacement(TextLines lines, BlockStructure blocks, int anchor, String entry, Guard wrapper) {
    this.lines = lines;
    this.blocks = blocks;
    this.anchor = anchor;
    this.entry = entry;
    this.wrapper = wrapper;
  }

  /** The first line that lists the entry, or -1. */
  int existingLine() {
    String wanted = resourceName(entry);
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.content(i).strip();
      if (s.startsWith("- ") && resourceName(s.substring(2)).equals(wanted)) {
        return i;
      }
    }
    return -1;
  }

  /** Adds the entry's group at the end of the list (with a {@code resources:} key if none). */
  void add(boolean hasList) {
    int at = ResourcesList.end(lines, anchor);
    List<Line> group = new ArrayList<>();
    String indent = "  ";
    if (!hasList) {
      group.add(lines.fresh("resources:"));
    } else {
      indent = ResourcesList.indent(lines, anchor);
    }
    group.addAll(wrap(List.of(lines.fresh(indent + "- " + entry))));
    lines.insert(at, group);
  }

  /** Rewrites the guard of the entry listed at line {@code found}. */
  void replace(int found) {
    List<Branch> outer = blocks.enclosing(anchor);
    List<Branch> inner = blocks.enclosing(found);
    boolean underList =
        inner.size() >= outer.size() && inner.subList(0, outer.size()).equals(outer);
    int extra = inner.size() - outer.size();
    if (underList && extra == 0) {
      lines.replace(found, found + 1, wrap(List.of(lines.line(found))));
      return;
    }
    if (underList && extra == 1 && wrapsOnly(inner.get(inner.size() - 1).block(), found)) {
      Block b = inner.get(inner.size() - 1).block();
      List<Line> body = new ArrayList<>();
      for (int i = b.open + 1; i < b.close; i++) {
        body.add(lines.line(i));
      }
      lines.replace(b.open, b.close + 1, wrap(body));
      return;
    }
    List<Line> group = wrap(List.of(lines.line(found)));
    int at = ResourcesList.end(lines, anchor);
    lines.insert(at, group);
    int old = at <= found ? found + group.size() : found;
    lines.replace(old, old + 1, List.of());
  }

  private boolean wrapsOnly(Block b, int found) {
    if (!b.isPlainIf() || b.close < 0) {
      return false;
    }
    for (int i = b.open + 1; i < b.close; i++) {
      String s = lines.content(i).strip();
      if (i != found && !s.isEmpty() && !(s.startsWith("#") && !s.startsWith("#%"))) {
        return false;
      }
    }
    return true;
  }

  private List<Line> wrap(List<Line> body) {
    if (wrapper.isAlways()) {
      return body;
    }
    List<Line> group = new ArrayList<>();
    group.add(lines.fresh("#% if " + wrapper.expression() + " %#"));
    group.addAll(body);
    group.add(lines.fresh("#% endif %#"));
    return group;
  }

  private static String resourceName(String item) {
    String s = item.strip();
    int hash = s.indexOf(" #");
    s = hash >= 0 ? s.substring(0, hash).strip() : s;
    if (s.length() >= 2
        && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
      s = s.substring(1, s.length() - 1);
    }
    return s.startsWith("./") ? s.substring(2) : s;
  }
}
