package org.salescycle.process;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.salescycle.credit.CreditAssessment;
import org.salescycle.credit.CreditBureau;
import org.salescycle.credit.CreditRequest;

/**
 * Answers as the bureau it wraps, but can hold one check until the test lets it answer. A held
 * check is inside its job's transaction, which has already read the lead's data, so the test can
 * commit another transaction of the same process instance in between, at a point it chooses.
 */
class HeldCreditBureau implements CreditBureau {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  private final CreditBureau bureau;
  private final List<String> checkIds = new CopyOnWriteArrayList<>();
  private final AtomicReference<Hold> nextHold = new AtomicReference<>();

  HeldCreditBureau(CreditBureau bureau) {
    this.bureau = bureau;
  }

  /** The next check waits, once it has begun, until {@link #release()}. */
  void holdNextCheck() {
    nextHold.set(new Hold());
  }

  /** Returns once the held check has begun. */
  void awaitHeldCheck() throws InterruptedException {
    Hold hold = nextHold.get();
    if (hold == null || !hold.begun.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("No credit check began within " + LIMIT);
    }
  }

  void release() {
    Hold hold = nextHold.getAndSet(null);
    if (hold != null) {
      hold.released.countDown();
    }
  }

  /** The check ids the bureau was asked with, in order. */
  List<String> checkIds() {
    return List.copyOf(checkIds);
  }

  @Override
  public CreditAssessment assess(CreditRequest request) {
    checkIds.add(request.checkId());
    Hold hold = nextHold.get();
    if (hold != null) {
      hold.begun.countDown();
      hold.awaitRelease();
    }
    return bureau.assess(request);
  }

  private static final class Hold {
    final CountDownLatch begun = new CountDownLatch(1);
    final CountDownLatch released = new CountDownLatch(1);

    void awaitRelease() {
      try {
        if (!released.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new IllegalStateException("The held credit check was not released within " + LIMIT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
