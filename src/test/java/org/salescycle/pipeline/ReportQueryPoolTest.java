package org.salescycle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

class ReportQueryPoolTest {

  final ReportQueryPool aside = new ReportQueryPool();

  @AfterEach
  void stop() {
    aside.stop();
  }

  @Test
  void aQueryAsideGivesItsResultOrFailsWithItsOwnException() {
    assertThat(ReportQueryPool.resultOf(aside.start(() -> 42))).isEqualTo(42);

    CompletableFuture<Object> failing = aside.start(() -> {
      throw new DataAccessResourceFailureException("database gone");
    });
    assertThatThrownBy(() -> ReportQueryPool.resultOf(failing))
        .isInstanceOf(DataAccessResourceFailureException.class)
        .hasMessage("database gone");
  }

  @Test
  void noMoreQueriesRunAsideAtOnceThanThePoolHasThreads() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch started = new CountDownLatch(ReportQueryPool.THREADS);
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CompletableFuture<?>[] queries = new CompletableFuture<?>[ReportQueryPool.THREADS + 2];
    for (int i = 0; i < queries.length; i++) {
      queries[i] = aside.start(() -> {
        most.accumulateAndGet(running.incrementAndGet(), Math::max);
        started.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        running.decrementAndGet();
        return null;
      });
    }
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(aside.waiting()).as("queries waiting for a thread").isEqualTo(2);
    assertThat(running.get()).isEqualTo(ReportQueryPool.THREADS);

    release.countDown();
    CompletableFuture.allOf(queries).get(10, TimeUnit.SECONDS);
    assertThat(most.get()).isEqualTo(ReportQueryPool.THREADS);
  }
}
