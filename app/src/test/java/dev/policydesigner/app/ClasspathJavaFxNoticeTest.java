package dev.policydesigner.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class ClasspathJavaFxNoticeTest {
  @Test
  void dropsOnlyTheClassPathWarningOfJavaFx() {
    ClasspathJavaFxNotice.silence();
    Logger javafx = Logger.getLogger("javafx");
    LogRecord notice =
        new LogRecord(
            Level.WARNING,
            "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1'");
    LogRecord other = new LogRecord(Level.WARNING, "Loading FXML document failed");
    assertFalse(javafx.getFilter().isLoggable(notice));
    assertTrue(javafx.getFilter().isLoggable(other));
  }
}
