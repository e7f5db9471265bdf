package dev.policydesigner.icons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class IconResourcesTest {

  @ParameterizedTest
  @EnumSource(Icon.class)
  void svgSourceParsesAsXmlWithThe32PixelViewBox(Icon icon) throws Exception {
    URL svg = icon.svgUrl();
    assertNotNull(svg, "missing " + icon.svgResource());
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root;
    try (InputStream in = svg.openStream()) {
      root = factory.newDocumentBuilder().parse(in).getDocumentElement();
    }
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("0 0 32 32", root.getAttribute("viewBox"));
  }

  @ParameterizedTest
  @EnumSource(Icon.class)
  void everyPngDecodesAtItsSizeAndShowsSomething(Icon icon) throws Exception {
    for (int size : Icon.SIZES) {
      URL png = icon.url(size);
      assertNotNull(png, "missing " + icon.resourceName(size));
      BufferedImage image = ImageIO.read(png);
      assertNotNull(image, icon.resourceName(size) + " does not decode as an image");
      assertEquals(size, image.getWidth(), icon.resourceName(size) + " width");
      assertEquals(size, image.getHeight(), icon.resourceName(size) + " height");
      assertTrue(
          visiblePixels(image) >= size,
          icon.resourceName(size) + " is blank or nearly so: " + visiblePixels(image));
    }
  }

  @Test
  void everyImageFileBelongsToAnIcon() throws Exception {
    File folder =
        new File(Icon.class.getResource(Icon.GATEWAY.svgResource()).toURI()).getParentFile();
    Set<String> expected = new TreeSet<>();
    for (Icon icon : Icon.values()) {
      expected.add(icon.fileName() + ".svg");
      Icon.SIZES.forEach(size -> expected.add(icon.fileName() + "-" + size + ".png"));
    }
    expected.add(Icon.APP.fileName() + "-" + Icon.DESKTOP + ".png");
    Set<String> present =
        Arrays.stream(folder.list())
            .filter(name -> name.endsWith(".svg") || name.endsWith(".png"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(expected, present);
  }

  @Test
  void theDesktopIconIsTheAppIconAt256Pixels() throws Exception {
    BufferedImage image = ImageIO.read(Icon.desktopIconUrl());
    assertEquals(Icon.DESKTOP, image.getWidth());
    assertEquals(Icon.DESKTOP, image.getHeight());
    assertTrue(visiblePixels(image) > Icon.DESKTOP * Icon.DESKTOP / 10, "shows something");
  }

  private static int visiblePixels(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) >>> 24) >= 128) {
          count++;
        }
      }
    }
    return count;
  }
}
