package org.salescycle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues e-mails inside the engine's transaction without putting it at risk: the queuing runs in
 * a nested transaction (a savepoint), so a failure undoes only the e-mails, is logged, and the
 * engine's change commits as if nobody were to be told.
 */
@Component
class SafeQueueing {

  private static final Logger LOG = LoggerFactory.getLogger(SafeQueueing.class);

  private final TransactionTemplate savepoint;

  SafeQueueing(PlatformTransactionManager transactions) {
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  void run(String about, Runnable queuing) {
    try {
      savepoint.executeWithoutResult(status -> queuing.run());
    } catch (RuntimeException failed) {
      LOG.warn("E-mail about {} not queued: {}", about, failed.toString());
    }
  }
}
