package org.salescycle.benchmark.jobs;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An engine whose job executor the benchmark times, started in the benchmark's JVM with its job
 * executor stopped: this application ({@link BenchmarkApplication}) or the bare engine
 * ({@link BareJobEngine}), each on a database of its own.
 */
public interface JobEngine extends AutoCloseable {

  ProcessEngine engine();

  JobExecutor jobExecutor();

  JdbcTemplate jdbc();

  TransactionTemplate transactions();

  boolean onPostgres();

  EffectiveSettings effectiveSettings();

  /**
   * Starts one lead's process instance before each of the activities (in one scope where they
   * share it), with the lead's variables, in the caller's transaction.
   */
  void startLead(String leadId, String... activities);

  /** Whether a credit check here can ask the given bureau. */
  boolean offers(CreditChecks.Bureau bureau);

  /** Makes the credit checks ask the given bureau from now on. */
  void useBureau(CreditChecks.Bureau bureau);

  @Override
  void close();
}
