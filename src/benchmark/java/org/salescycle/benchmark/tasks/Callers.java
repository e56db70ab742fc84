package org.salescycle.benchmark.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs one piece of work on several threads at once and waits until all are done. */
final class Callers {

  private Callers() {}

  /**
   * Gives each of {@code callers} threads its number (0 to callers - 1) and returns the
   * nanoseconds from the first start to the last end; a failure on any thread is rethrown.
   */
  static long run(int callers, IntConsumer work) {
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      long begin = System.nanoTime();
      List<Future<?>> running = new ArrayList<>();
      for (int caller = 0; caller < callers; caller++) {
        int number = caller;
        running.add(pool.submit(() -> work.accept(number)));
      }
      for (Future<?> caller : running) {
        caller.get();
      }
      return System.nanoTime() - begin;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for the callers", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A caller failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
