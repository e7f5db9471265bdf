package dev.policydesigner.app.canvas.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Boxes by key in a grid of buckets, to ask quickly which of them a segment or an area meets. A box
 * meets a segment or area only when they share more than a border. The grid grows to hold every box
 * put in.
 */
public final class ObstacleIndex {
  private static final double CELL = 256;
  private final Map<String, Entry> byKey = new HashMap<>();
  private List<Entry>[] cells = newCells(0);
  private int originX;
  private int originY;
  private int cols;
  private int rows;
  private int stamp;

  private static final class Entry {
    final String key;
    final Box box;
    int seen;

    Entry(String key, Box box) {
      this.key = key;
      this.box = box;
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Entry>[] newCells(int n) {
    return (List<Entry>[]) new List[n];
  }

  /** Adds (or replaces) the box of {@code key}. */
  public void put(String key, Box box) {
    remove(key);
    Entry e = new Entry(key, box);
    byKey.put(key, e);
    int[] r = range(box.x(), box.y(), box.maxX(), box.maxY());
    if (r[0] < originX || r[1] < originY || r[2] >= originX + cols || r[3] >= originY + rows) {
      grow(r);
      return; // the new grid holds every entry, this one too
    }
    addToCells(e, r);
  }

  /** Removes the box of {@code key}, if there is one. */
  public void remove(String key) {
    Entry e = byKey.remove(key);
    if (e == null) {
      return;
    }
    int[] r = clip(range(e.box.x(), e.box.y(), e.box.maxX(), e.box.maxY()));
    for (int cy = r[1]; cy <= r[3]; cy++) {
      for (int cx = r[0]; cx <= r[2]; cx++) {
        List<Entry> list = cells[(cy - originY) * cols + (cx - originX)];
        if (list != null) {
          list.remove(e);
        }
      }
    }
  }

  /** Removes every box. */
  public void clear() {
    byKey.clear();
    cells = newCells(0);
    cols = 0;
    rows = 0;
  }

  /** The box of {@code key}, or {@code null}. */
  public Box get(String key) {
    Entry e = byKey.get(key);
    return e == null ? null : e.box;
  }

  /**
   * How many boxes the axis-parallel segment (x0, y0)–(x1, y1) passes through, not counting the
   * boxes of {@code skipA} and {@code skipB}.
   */
  public int crossings(double x0, double y0, double x1, double y1, String skipA, String skipB) {
    double minX = Math.min(x0, x1);
    double maxX = Math.max(x0, x1);
    double minY = Math.min(y0, y1);
    double maxY = Math.max(y0, y1);
    int[] r = clip(range(minX, minY, maxX, maxY));
    int mark = ++stamp;
    int count = 0;
    for (int cy = r[1]; cy <= r[3]; cy++) {
      for (int cx = r[0]; cx <= r[2]; cx++) {
        List<Entry> list = cells[(cy - originY) * cols + (cx - originX)];
        if (list == null) {
          continue;
        }
        for (int i = 0, n = list.size(); i < n; i++) {
          Entry e = list.get(i);
          if (e.seen != mark) {
            e.seen = mark;
            if (crosses(e.box, minX, minY, maxX, maxY)
                && !e.key.equals(skipA)
                && !e.key.equals(skipB)) {
              count++;
            }
          }
        }
      }
    }
    return count;
  }

  /** The keys of the boxes that share more than a border with {@code area}. */
  public List<String> within(Box area) {
    List<String> keys = new ArrayList<>();
    int[] r = clip(range(area.x(), area.y(), area.maxX(), area.maxY()));
    int mark = ++stamp;
    for (int cy = r[1]; cy <= r[3]; cy++) {
      for (int cx = r[0]; cx <= r[2]; cx++) {
        List<Entry> list = cells[(cy - originY) * cols + (cx - originX)];
        if (list == null) {
          continue;
        }
        for (int i = 0, n = list.size(); i < n; i++) {
          Entry e = list.get(i);
          if (e.seen != mark) {
            e.seen = mark;
            if (e.box.intersects(area)) {
              keys.add(e.key);
            }
          }
        }
      }
    }
    return keys;
  }

  /** Whether the segment, a box of no width or height, passes through the inside of {@code b}. */
  private static boolean crosses(Box b, double minX, double minY, double maxX, double maxY) {
    boolean xs = minX == maxX ? minX > b.x() && minX < b.maxX() : minX < b.maxX() && maxX > b.x();
    boolean ys = minY == maxY ? minY > b.y() && minY < b.maxY() : minY < b.maxY() && maxY > b.y();
    return xs && ys;
  }

  private void addToCells(Entry e, int[] r) {
    for (int cy = r[1]; cy <= r[3]; cy++) {
      for (int cx = r[0]; cx <= r[2]; cx++) {
        int i = (cy - originY) * cols + (cx - originX);
        if (cells[i] == null) {
          cells[i] = new ArrayList<>(4);
        }
        cells[i].add(e);
      }
    }
  }

  /** Makes the grid cover {@code r} and what it covered, with room to spare, and refills it. */
  private void grow(int[] r) {
    int x0 = cols == 0 ? r[0] : Math.min(originX, r[0]);
    int y0 = rows == 0 ? r[1] : Math.min(originY, r[1]);
    int x1 = cols == 0 ? r[2] : Math.max(originX + cols - 1, r[2]);
    int y1 = rows == 0 ? r[3] : Math.max(originY + rows - 1, r[3]);
    int spareX = Math.max(4, (x1 - x0) / 4);
    int spareY = Math.max(4, (y1 - y0) / 4);
    originX = x0 - spareX;
    originY = y0 - spareY;
    cols = x1 - x0 + 1 + 2 * spareX;
    rows = y1 - y0 + 1 + 2 * spareY;
    cells = newCells(cols * rows);
    for (Entry e : byKey.values()) {
      addToCells(e, range(e.box.x(), e.box.y(), e.box.maxX(), e.box.maxY()));
    }
  }

  private static int[] range(double x0, double y0, double x1, double y1) {
    return new int[] {
      (int) Math.floor(x0 / CELL),
      (int) Math.floor(y0 / CELL),
      (int) Math.floor(x1 / CELL),
      (int) Math.floor(y1 / CELL)
    };
  }

  /** The part of a cell range inside the grid (empty when outside). */
  private int[] clip(int[] r) {
    return new int[] {
      Math.max(r[0], originX),
      Math.max(r[1], originY),
      Math.min(r[2], originX + cols - 1),
      Math.min(r[3], originY + rows - 1)
    };
  }
}
