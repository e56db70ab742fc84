package org.salescycle.intake;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets requests that commit at about the same time wait for one checkpoint together instead of
 * one each (group commit). A caller has committed before it asks; it returns once a checkpoint
 * that started after its request has finished. While one checkpoint runs, the requests that
 * arrive meanwhile queue up, and the next checkpoint covers all of them.
 */
final class SharedCheckpoint {

  private final Runnable checkpoint;
  private final AtomicLong requested = new AtomicLong();
  private long covered;

  SharedCheckpoint(Runnable checkpoint) {
    this.checkpoint = checkpoint;
  }

  void await() {
    long request = requested.incrementAndGet();
    synchronized (this) {
      if (covered >= request) {
        return;
      }
      // Every request counted so far committed before this checkpoint starts.
      long upTo = requested.get();
      checkpoint.run();
      covered = upTo;
    }
  }
}
