package dev.policydesigner.model.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortSetTest {
  @Test
  void unionMergesTouchingRanges() {
    PortSet s = PortSet.of(IpProtocol.TCP, 80, 90).union(PortSet.of(IpProtocol.TCP, 91, 100));
    assertEquals(List.of("80-100/TCP"), s.labels());
  }

  @Test
  void minusCutsAHoleAndIntersectKeepsTheOverlap() {
    PortSet range = PortSet.of(IpProtocol.TCP, 1000, 2000);
    PortSet hole = PortSet.of(IpProtocol.TCP, 1500, 1500);
    assertEquals(List.of("1000-1499/TCP", "1501-2000/TCP"), range.minus(hole).labels());
    assertEquals(List.of("1500/TCP"), range.intersect(hole).labels());
    assertTrue(range.intersect(PortSet.of(IpProtocol.UDP, 1500, 1500)).isEmpty());
  }

  @Test
  void allMinusNothingIsAllAndContainsEveryProtocol() {
    assertTrue(PortSet.ALL.minus(PortSet.NONE).isAll());
    assertTrue(PortSet.ALL.contains(new Traffic(IpProtocol.ICMPV6, 128)));
    assertEquals(List.of("any"), PortSet.ALL.labels());
    assertEquals(List.of("any/UDP"), PortSet.allOf(IpProtocol.UDP).labels());
    assertFalse(PortSet.allOf(IpProtocol.UDP).contains(Traffic.tcp(53)));
  }

  @Test
  void trafficParsesPortsAndIcmpTypes() {
    assertEquals(Traffic.tcp(443), Traffic.parse("443").orElseThrow());
    assertEquals(Traffic.udp(53), Traffic.parse("53/udp").orElseThrow());
    assertEquals(new Traffic(IpProtocol.ICMP, 8), Traffic.parse("8/ICMP").orElseThrow());
    assertTrue(Traffic.parse("70000").isEmpty());
    assertTrue(Traffic.parse("300/ICMP").isEmpty());
    assertTrue(Traffic.parse("80/XTP").isEmpty());
  }
}
