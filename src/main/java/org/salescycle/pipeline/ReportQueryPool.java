package org.salescycle.pipeline;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.Supplier;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Runs some of a report's queries beside the request's thread, on a pool of {@value #THREADS}
 * threads shared by all reports: a report takes at most that many connections more, and when
 * reports pile up, their queries wait in the pool's queue instead of taking more. Each query sees
 * the data as of its own start, as separate statements always did.
 */
@Component
class ReportQueryPool {

  static final int THREADS = 2;

  private final ExecutorService threads =
      Executors.newFixedThreadPool(THREADS, daemonThreads("pipeline-query-"));

  <T> CompletableFuture<T> start(Supplier<T> query) {
    return CompletableFuture.supplyAsync(query, threads);
  }

  /** The query's result, or the exception it failed with, as if it had run on this thread. */
  static <T> T resultOf(CompletableFuture<T> query) {
    try {
      return query.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  /** How many queries wait for a thread. */
  int waiting() {
    return ((ThreadPoolExecutor) threads).getQueue().size();
  }

  @PreDestroy
  void stop() {
    threads.shutdown();
  }

  private static CustomizableThreadFactory daemonThreads(String namePrefix) {
    CustomizableThreadFactory factory = new CustomizableThreadFactory(namePrefix);
    factory.setDaemon(true);
    return factory;
  }
}
