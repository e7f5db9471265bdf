package dev.policydesigner.app.canvas.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RasterTest {
  private static int alpha(Raster r, int x, int y) {
    return r.pixels()[y * r.width() + x] >>> 24;
  }

  @Test
  void aRectangleCoversWholePixelsFullyAndEdgePixelsByTheirShare() {
    Raster r = new Raster(10, 10);
    r.fillRect(2, 2, 5.5, 4, 0xff000000);
    assertEquals(255, alpha(r, 2, 2));
    assertEquals(255, alpha(r, 4, 3));
    assertEquals(128, alpha(r, 5, 3), 1);
    assertEquals(0, alpha(r, 6, 3));
    assertEquals(0, alpha(r, 2, 4));
  }

  @Test
  void roundedCornersLeaveTheCornerPixelOut() {
    Raster r = new Raster(40, 40);
    r.fillRoundRect(0, 0, 40, 40, 10, 0xff000000);
    assertEquals(0, alpha(r, 0, 0));
    assertEquals(255, alpha(r, 20, 0));
    assertEquals(255, alpha(r, 20, 20));
    assertEquals(255, alpha(r, 0, 20));
  }

  @Test
  void colourWithAlphaIsBlendedOverWhatIsThere() {
    Raster r = new Raster(2, 2);
    r.fill(0xffffffff);
    r.fillRect(0, 0, 2, 2, 0x80000000);
    int p = r.pixels()[0];
    assertEquals(255, p >>> 24);
    assertEquals(127, (p >> 16) & 0xff, 1);
  }

  @Test
  void aShiftMovesEveryPixelByWholePixelsEitherWay() {
    for (int[] d : new int[][] {{3, 2}, {-3, 2}, {3, -2}, {-3, -2}, {0, 4}, {-5, 0}}) {
      Raster r = new Raster(12, 9);
      for (int i = 0; i < r.pixels().length; i++) {
        r.pixels()[i] = 0xff000000 | i;
      }
      int[] before = r.pixels().clone();
      r.shift(d[0], d[1]);
      for (int y = 0; y < 9; y++) {
        for (int x = 0; x < 12; x++) {
          int fx = x - d[0];
          int fy = y - d[1];
          if (fx >= 0 && fx < 12 && fy >= 0 && fy < 9) {
            assertEquals(before[fy * 12 + fx], r.pixels()[y * 12 + x], "pixel " + x + "," + y);
          }
        }
      }
    }
  }

  @Test
  void paintingInsideAClipGivesThereExactlyWhatPaintingWholeGivesAndNothingElsewhere() {
    Raster whole = new Raster(60, 40);
    Raster clipped = new Raster(60, 40);
    whole.fill(0xfff0f0f0);
    clipped.fill(0xff00ff00);
    clipped.setClip(17, 9, 41, 30);
    for (Raster r : new Raster[] {whole, clipped}) {
      r.fill(0xfff0f0f0);
      r.fillRect(3.3, 2.6, 50.2, 20.7, 0x80336699);
      r.fillRoundRect(10.5, 5.25, 35.5, 28.4, 6, 0xcc993311);
      r.fillConvex(new double[] {5, 55.5, 30.2}, new double[] {38.3, 12.1, 1.7}, 3, 0x9911aa22);
      r.drawMask(
          new AlphaMask(
              5, 3, new byte[] {(byte) 255, 0, 127, 0, (byte) 200, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}),
          38,
          28,
          0xff000000);
      r.drawImage(new int[] {0xff112233, 0x80402010, 0, 0xffffffff}, 2, 2, 16, 8, 0.5);
    }
    clipped.clearClip();
    for (int y = 0; y < 40; y++) {
      for (int x = 0; x < 60; x++) {
        boolean inside = x >= 17 && x < 41 && y >= 9 && y < 30;
        int expected = inside ? whole.pixels()[y * 60 + x] : 0xff00ff00;
        assertEquals(expected, clipped.pixels()[y * 60 + x], "pixel " + x + "," + y);
      }
    }
  }
}
