package dev.policydesigner.app.walkthrough;

import javafx.scene.input.KeyEvent;

/** The walkthrough's keys: Right/N next, Left/P previous, Home first, End last, Esc leaves. */
public final class WalkthroughKeys {
  private WalkthroughKeys() {}

  /** Handles {@code e} for {@code model}; true (and the event consumed) when it was one of ours. */
  public static boolean handle(KeyEvent e, WalkthroughViewModel model, Runnable leave) {
    if (e.isShortcutDown() || e.isAltDown()) {
      return false;
    }
    switch (e.getCode()) {
      case RIGHT, N, PAGE_DOWN, SPACE -> model.next();
      case LEFT, P, PAGE_UP -> model.previous();
      case HOME -> model.first();
      case END -> model.last();
      case ESCAPE -> leave.run();
      default -> {
        return false;
      }
    }
    e.consume();
    return true;
  }
}
