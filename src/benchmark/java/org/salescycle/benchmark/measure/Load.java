package org.salescycle.benchmark.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs operations from a number of concurrent clients, each taking the next operation as soon as
 * its last one is done (a closed loop, as clients waiting for their answers do), and times each.
 */
public final class Load {

  /** One operation: the client that runs it (0 to clients - 1) and its index (0 to total - 1). */
  @FunctionalInterface
  public interface Operation {
    void run(int client, int index) throws Exception;
  }

  private Load() {}

  public static Run run(int total, int clients, Operation operation) {
    long[] latencies = new long[total];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Exception> failure = new AtomicReference<>();
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int client = 0; client < clients; client++) {
      int me = client;
      Thread thread = new Thread(() -> {
        ready.countDown();
        await(go);
        for (int index = next.getAndIncrement(); index < total && failure.get() == null;
            index = next.getAndIncrement()) {
          long start = System.nanoTime();
          try {
            operation.run(me, index);
          } catch (Exception e) {
            failure.compareAndSet(null, e);
            return;
          }
          latencies[index] = System.nanoTime() - start;
        }
      }, "benchmark-client-" + client);
      threads.add(thread);
      thread.start();
    }
    await(ready);
    long start = System.nanoTime();
    go.countDown();
    threads.forEach(Load::join);
    long nanos = System.nanoTime() - start;
    if (failure.get() != null) {
      throw new IllegalStateException("A benchmark operation failed", failure.get());
    }
    return new Run(total, nanos, latencies);
  }

  /** One operation that does {@code count} units of work at once, e.g. a CSV file of leads. */
  public static Run once(int count, Operation operation) {
    long start = System.nanoTime();
    try {
      operation.run(0, 0);
    } catch (Exception e) {
      throw new IllegalStateException("A benchmark operation failed", e);
    }
    return new Run(count, System.nanoTime() - start, new long[0]);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
