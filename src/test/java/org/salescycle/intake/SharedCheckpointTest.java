package org.salescycle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SharedCheckpointTest {

  private final AtomicInteger checkpoints = new AtomicInteger();

  @Test
  void aRequestAloneGetsACheckpointOfItsOwn() {
    SharedCheckpoint shared = new SharedCheckpoint(checkpoints::incrementAndGet);

    shared.await();
    shared.await();
    shared.await();

    assertThat(checkpoints).hasValue(3);
  }

  @Test
  void requestsArrivingDuringACheckpointWaitForTheNextOneAndShareIt() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    SharedCheckpoint shared = new SharedCheckpoint(() -> {
      if (checkpoints.incrementAndGet() == 1) {
        firstStarted.countDown();
        awaitQuietly(releaseFirst);
      }
    });
    Thread first = new Thread(shared::await);
    first.start();
    assertThat(firstStarted.await(10, TimeUnit.SECONDS)).isTrue();

    List<Thread> later = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      Thread thread = new Thread(shared::await);
      thread.start();
      later.add(thread);
    }
    await("the six blocked behind the first").atMost(Duration.ofSeconds(10))
        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
        .until(() -> later.stream().allMatch(
            thread -> thread.getState() == Thread.State.BLOCKED || !thread.isAlive()));
    releaseFirst.countDown();
    first.join(10_000);
    for (Thread thread : later) {
      thread.join(10_000);
      assertThat(thread.isAlive()).isFalse();
    }

    // The six committed after the first checkpoint had started, so it could not cover them.
    assertThat(checkpoints).hasValue(2);
  }

  @Test
  void aFailedCheckpointFailsItsCallerAndTheNextRequestTriesAgain() {
    SharedCheckpoint shared = new SharedCheckpoint(() -> {
      if (checkpoints.incrementAndGet() == 1) {
        throw new IllegalStateException("disk full");
      }
    });

    assertThatThrownBy(shared::await).hasMessage("disk full");
    shared.await();

    assertThat(checkpoints).hasValue(2);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
