package dev.policydesigner.model.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.model.CidrNode;
import dev.policydesigner.model.Position;
import dev.policydesigner.model.check.CidrBlock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CidrMatchingTest {
  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "10.0.0.0/8, 10.20.30.40, true",
    "10.0.0.0/8, 11.0.0.1, false",
    "192.0.2.0/24, 192.0.2.255, true",
    "192.0.2.0/25, 192.0.2.128, false",
    "0.0.0.0/0, 203.0.113.10, true",
    "203.0.113.10/32, 203.0.113.10, true",
    "2001:db8::/32, 2001:db8:1::5, true",
    "2001:db8::/32, 10.0.0.1, false",
    "10.0.0.0/8, not-an-address, false",
  })
  void containsAddressesInsideItsPrefix(String block, String ip, boolean expected) {
    assertEquals(expected, CidrBlock.tryParse(block).orElseThrow().containsAddress(ip));
  }

  @Test
  void rejectsHostNamesWithoutResolvingThem() {
    assertEquals(Optional.empty(), CidrBlock.tryParse("example.org/24"));
    assertEquals(Optional.empty(), CidrBlock.tryParse("10.0.0.0/33"));
  }

  @Test
  void leavesExceptedRangesOutOfACidrNode() {
    CidrNode node =
        new CidrNode("lan", "LAN", "10.0.0.0/8", List.of("10.96.0.0/12"), Position.ORIGIN);
    assertTrue(NodeCandidates.inCidr(node, "10.1.2.3"));
    assertEquals(false, NodeCandidates.inCidr(node, "10.96.0.10"));
  }

  @Test
  void givesAHostPrefixPerAddressFamily() {
    assertEquals(Optional.of("192.0.2.1/32"), CidrBlock.hostCidr("192.0.2.1"));
    assertEquals(Optional.of("2001:db8::1/128"), CidrBlock.hostCidr("2001:db8::1"));
    assertEquals(Optional.empty(), CidrBlock.hostCidr("example.org"));
    assertEquals(Optional.empty(), CidrBlock.hostCidr("10.0.0.0/8"));
  }

  @Test
  void aRangeIsNotAnAddress() {
    assertEquals(
        false, CidrBlock.tryParse("10.0.0.0/8").orElseThrow().containsAddress("10.1.0.0/16"));
  }
}
