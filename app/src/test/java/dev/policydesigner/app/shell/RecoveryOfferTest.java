package dev.policydesigner.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The offer to restore unsaved work counts its diagrams in words. */
class RecoveryOfferTest {
  @Test
  void oneDiagramIsSingularAndMoreArePlural() {
    assertEquals(
        "1 diagram had unsaved changes when the designer last stopped.", RecoveryOffer.message(1));
    assertEquals(
        "3 diagrams had unsaved changes when the designer last stopped.", RecoveryOffer.message(3));
  }
}
