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
}
