package org.salescycle.benchmark.jobs;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Credit check jobs per second: prospects in "Evaluate prospect", each with its product demo
 * open and its credit check waiting as an asynchronous job, as a prospect is right after the
 * discovery dialogue. The job executor then runs the checks; each approved prospect's credit
 * branch waits at the join for the demo, so no two transactions meet there. In the bare engine the
 * check is a no-op step.
 */
final class CreditChecks {

  static final String CREDIT_CHECK = "Task_RunCreditCheck";
  static final String PRODUCT_DEMO = "Task_ScheduleProductDemo";
  static final String CREDIT_REVIEW = "Task_ReviewCreditDecision";

  /** Which bureau the credit check asks. */
  enum Bureau { NO_OP, POLICY }

  private final JobEngine application;
  private final ProcessEngine engine;
  private final SeededLeads seeded;
  private final JobDueDates dueDates;
  private final JobDrain drain;

  CreditChecks(JobEngine application) {
    this.application = application;
    this.engine = application.engine();
    this.seeded = new SeededLeads(application);
    this.dueDates = new JobDueDates(application);
    this.drain = new JobDrain(application);
  }

  /** Prospects whose credit check waits, parked until {@link #run}. */
  void seed(String prefix, int count) {
    seeded.seed("credit checks " + prefix, prefix, count, PRODUCT_DEMO, CREDIT_CHECK);
    dueDates.park(CREDIT_CHECK, prefix, count);
  }

  JobDrain.Drained run(String prefix, int count, Bureau asked) {
    application.useBureau(asked);
    long checkedBefore = checked();
    dueDates.releaseContinuations(CREDIT_CHECK, prefix, count);
    JobDrain.Drained drained = drain.drain(CREDIT_CHECK, count);
    checkEveryProspectGotPast(prefix, count, checkedBefore);
    return drained;
  }

  private void checkEveryProspectGotPast(String prefix, int count, long checkedBefore) {
    long checked = checked() - checkedBefore;
    long demos = openTasks(prefix, PRODUCT_DEMO);
    long reviews = openTasks(prefix, CREDIT_REVIEW);
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    if (checked != count || demos != count || reviews != 0 || incidents != 0) {
      throw new IllegalStateException(("Credit checks of %s: %,d prospects, %,d checks completed, "
          + "%,d demos open, %,d sent to credit review, %,d incidents")
          .formatted(prefix, count, checked, demos, reviews, incidents));
    }
  }

  /** Credit checks that have ended; a declined one, which has too, opens a credit review. */
  private long checked() {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId(CREDIT_CHECK).finished().count();
  }

  private long openTasks(String prefix, String activity) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activity)
        .processInstanceBusinessKeyLike(prefix + "-%").count();
  }
}
