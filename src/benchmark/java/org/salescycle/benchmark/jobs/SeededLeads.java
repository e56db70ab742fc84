package org.salescycle.benchmark.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.salescycle.benchmark.measure.Progress;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads put straight where a measurement needs them, with the job executor stopped
 * ({@link JobEngine#startLead}). Several threads, each committing batches of leads, so that
 * seeding takes seconds, not minutes.
 */
final class SeededLeads {

  private static final int BATCH = 50;
  private static final int THREADS = Integer.getInteger("benchmark.seedThreads", 4);

  private final JobEngine engine;
  private final TransactionTemplate transactions;

  SeededLeads(JobEngine engine) {
    this.engine = engine;
    this.transactions = engine.transactions();
  }

  /**
   * {@code count} leads with business keys {@code prefix-0} and up, each instance started
   * before every one of the activities (in one scope where they share it).
   */
  void seed(String what, String prefix, int count, String... activities) {
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    int every = Math.max(BATCH, count / 4 / BATCH * BATCH);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int first = 0; first < count; first += BATCH) {
        int from = first;
        int to = Math.min(count, first + BATCH);
        batches.add(threads.submit(() -> {
          transactions.executeWithoutResult(status -> {
            for (int i = from; i < to; i++) {
              engine.startLead(prefix + "-" + i, activities);
            }
          });
          int seeded = done.addAndGet(to - from);
          if (seeded % every == 0 || seeded == count) {
            Progress.say("  seeding %s: %,d of %,d (%.1f s)", what, seeded, count,
                (System.nanoTime() - start) / 1e9);
          }
        }));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Seeding " + what + " failed", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }
}
