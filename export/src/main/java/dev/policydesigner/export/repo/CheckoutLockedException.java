package dev.policydesigner.export.repo;

import java.nio.file.Path;

/** Another export holds the lock on the checkout. */
public final class CheckoutLockedException extends RepoException {
  private static final long serialVersionUID = 1L;

  /** The checkout at {@code root} is held by {@code holder} (as {@link CheckoutLock} names it). */
  public CheckoutLockedException(Path root, String holder) {
    super(
        root
            + " is being exported by "
            + holder
            + ": wait for it to finish and try again (or pass --wait SECONDS)");
  }
}
