package dev.policydesigner.export.repo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Applies a function to every item of a list on every core, keeping the list's order: the calling
 * thread and one started thread per further core take the next item until none is left, and the
 * caller waits for the others by joining them. Used instead of a parallel stream for the work on
 * every file of a checkout: several such runs at once (a repo check reads and renders the files
 * side by side) made the common pool's waiting callers spin on the few cores of a small machine.
 */
public final class ParallelMap {
  private ParallelMap() {}

  /**
   * {@code function} applied to each item, in the items' order (a result may be {@code null}). An
   * exception or error thrown by the function is thrown here once every thread has stopped.
   */
  public static <T, R> List<R> of(List<T> items, Function<? super T, ? extends R> function) {
    int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
    Object[] results = new Object[items.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable take =
        () -> {
          int i;
          while (failure.get() == null && (i = next.getAndIncrement()) < items.size()) {
            try {
              results[i] = function.apply(items.get(i));
            } catch (RuntimeException | Error e) {
              failure.compareAndSet(null, e);
            }
          }
        };
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < threads; t++) {
      Thread helper = new Thread(take, "parallel-map-" + t);
      helper.setDaemon(true);
      helper.start();
      helpers.add(helper);
    }
    take.run();
    joinAll(helpers);
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException e) {
      throw e;
    } else if (thrown instanceof Error e) {
      throw e;
    }
    @SuppressWarnings("unchecked")
    List<R> list = (List<R>) Arrays.asList(results);
    return Collections.unmodifiableList(list);
  }

  private static void joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the helpers finish their item and stop; wait for them anyway
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
