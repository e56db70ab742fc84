package org.salescycle.numbering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Quote and lead numbers: sequential per kind and year, and without gaps or doubles when many
 * transactions take numbers at once, some of them rolling back (each thread has its own
 * connection, as two application nodes on one database have).
 */
@SpringBootTest
@ActiveProfiles("test")
class DocumentNumbersTest {

  @Autowired DocumentNumbers numbers;
  @Autowired TransactionTemplate transactions;

  @Test
  void numbersFollowEachOtherPerKindAndStartAgainEachYear() {
    assertThat(next(NumberKind.QUOTE, 2031)).isEqualTo("Q-2031-00001");
    assertThat(next(NumberKind.QUOTE, 2031)).isEqualTo("Q-2031-00002");
    assertThat(next(NumberKind.LEAD, 2031)).isEqualTo("L-2031-00001");
    assertThat(next(NumberKind.QUOTE, 2032)).isEqualTo("Q-2032-00001");
    assertThat(next(NumberKind.QUOTE, 2031)).isEqualTo("Q-2031-00003");
    assertThat(numbers.next(NumberKind.LEAD, Instant.parse("2031-12-31T23:59:59Z")))
        .as("the year is UTC's").isEqualTo("L-2031-00002");
    assertThat(numbers.next(NumberKind.LEAD, Instant.parse("2032-01-01T00:00:00Z")))
        .isEqualTo("L-2032-00001");
  }

  @Test
  void aRolledBackTransactionGivesItsNumberBack() {
    assertThat(next(NumberKind.QUOTE, 2033)).isEqualTo("Q-2033-00001");
    transactions.executeWithoutResult(status -> {
      assertThat(next(NumberKind.QUOTE, 2033)).isEqualTo("Q-2033-00002");
      status.setRollbackOnly();
    });
    transactions.executeWithoutResult(status -> {
      assertThat(next(NumberKind.QUOTE, 2034)).as("a year's first number, rolled back")
          .isEqualTo("Q-2034-00001");
      status.setRollbackOnly();
    });
    assertThat(next(NumberKind.QUOTE, 2033)).isEqualTo("Q-2033-00002");
    assertThat(next(NumberKind.QUOTE, 2034)).isEqualTo("Q-2034-00001");
  }

  @Test
  void concurrentTransactionsGetEveryNumberOnceWithoutGaps() throws Exception {
    int threads = 8;
    int perThread = 15;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<String> committed = Collections.synchronizedList(new ArrayList<>());
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            boolean rollBack = i % 4 == 3;
            transactions.executeWithoutResult(status -> {
              String number = next(NumberKind.LEAD, 2035);
              if (rollBack) {
                status.setRollbackOnly();
              } else {
                committed.add(number);
              }
            });
          }
          return null;
        }));
      }
      // every thread races for the year's first number too
      start.countDown();
      for (Future<?> thread : running) {
        thread.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    int expected = threads * (perThread - perThread / 4);
    assertThat(committed).hasSize(expected).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, expected)
            .mapToObj(n -> "L-2035-%05d".formatted(n)).toList());
    assertThat(next(NumberKind.LEAD, 2035)).isEqualTo("L-2035-%05d".formatted(expected + 1));
  }

  private String next(NumberKind kind, int year) {
    return numbers.next(kind, Instant.parse(year + "-06-15T12:00:00Z"));
  }
}
