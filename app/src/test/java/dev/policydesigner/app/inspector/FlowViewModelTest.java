package dev.policydesigner.app.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.policydesigner.app.document.Document;
import dev.policydesigner.model.PortRange;
import dev.policydesigner.model.Protocol;
import dev.policydesigner.model.example.Examples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowViewModelTest {
  private final Document document = new Document(Examples.hubble(), null);
  private final FlowViewModel vm = new FlowViewModel(document, "hubble-ui-to-hubble-relay");

  @Test
  void showsEndsAndPorts() {
    assertEquals("Hubble UI → Hubble Relay", vm.endsProperty().get());
    assertEquals("4245/TCP", vm.portsProperty().get());
  }

  @Test
  void parsesPortsWithRangesAndProtocols() {
    assertTrue(vm.setPorts("4245, 8000-8010/udp"));
    assertEquals(
        List.of(PortRange.tcp(4245), new PortRange(8000, 8010, Protocol.UDP)),
        document.current().flow(vm.id()).orElseThrow().ports());
    assertEquals(
        "Undo Change ports of hubble-ui-to-hubble-relay", document.undoTextProperty().get());
  }

  @Test
  void refusesPortsOutOfRange() {
    assertFalse(vm.setPorts("70000"));
    assertFalse(vm.setPorts("9010-9000"));
    assertEquals("4245/TCP", vm.portsProperty().get());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "monitoring_enabled and",
        "x %",
        "a\n---\nkind: Secret",
        "a\u2028b",
        "lookup('env', 'HOME')",
        "cycler.__init__.__globals__.os.popen('id').read()",
        "7*7",
        "x == '#{ y }#'"
      })
  void refusesAConditionOutsideTheExpressionLanguageSayingWhere(String condition) {
    assertFalse(vm.setCondition(condition));
    assertTrue(InputRules.condition(condition).contains("at column"), condition);
    assertEquals("", vm.conditionProperty().get());
  }

  @Test
  void refusesAConditionThatIsNotAJinjaExpression() {
    assertFalse(vm.setCondition("monitoring_enabled | default(false"));
    assertTrue(vm.setCondition("monitoring_enabled | default(false)"));
    assertEquals("monitoring_enabled | default(false)", vm.conditionProperty().get());
  }
}
