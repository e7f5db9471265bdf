package dev.policydesigner.export.diagram.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FlowLabelTextTest {

  static Stream<Arguments> ports() {
    return Stream.of(
        Arguments.of(List.of(), "all ports"),
        Arguments.of(List.of(PortRange.tcp(8081)), "8081/TCP"),
        Arguments.of(List.of(PortRange.udp(53), PortRange.tcp(53)), "53/UDP+TCP"),
        Arguments.of(
            List.of(new PortRange(8000, 8100, Protocol.TCP), PortRange.tcp(9090)),
            "8000-8100/TCP, 9090/TCP"),
        Arguments.of(List.of(PortRange.tcp(443), PortRange.tcp(443)), "443/TCP"));
  }

  @ParameterizedTest
  @MethodSource("ports")
  void writesPortsInOneShortLine(List<PortRange> ports, String expected) {
    assertEquals(expected, PortText.of(ports));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "monitoring_enabled | default(false); monitoring_enabled",
        "a | default(false) and not b|default(true); a and not b",
        "x | bool; x | bool",
        "mode == 'enforce'; mode == 'enforce'",
      })
  void shortensConditionsToWhatPeopleRead(String condition, String expected) {
    assertEquals(expected, ConditionText.shorten(condition));
  }

  @Test
  void ellipsisesTheKeyOfALongLabelAndKeepsItsValue() {
    String text =
        TextWidth.ellipsiseHead("gateway.networking.k8s.io/gateway-name", "=internal", 11, 174);

    assertTrue(text.endsWith("…=internal"), text);
    assertTrue(TextWidth.of(text, 11, false) <= 174);
  }
}
