package org.salescycle.benchmark.jobs;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * Due timers: nurtured leads waiting at "Nurture period over" (90 days as shipped), all made due
 * at the same moment, as when a day's worth of nurture periods ends together. Each timer job
 * assesses the lead again (DMN lead-qualification; in the bare engine a no-op step) and opens
 * "Qualify lead" with its overdue timer.
 */
final class DueNurtureTimers {

  static final String NURTURE_TIMER = "Event_NurturePeriodOver";
  static final String QUALIFY_LEAD = "Task_QualifyLead";

  private final ProcessEngine engine;
  private final SeededLeads seeded;
  private final JobDueDates dueDates;
  private final JobDrain drain;

  DueNurtureTimers(JobEngine application) {
    this.engine = application.engine();
    this.seeded = new SeededLeads(application);
    this.dueDates = new JobDueDates(application);
    this.drain = new JobDrain(application);
  }

  /** Nurtured leads, their timers due in 90 days. */
  void seed(String prefix, int count) {
    seeded.seed("nurture timers " + prefix, prefix, count, NURTURE_TIMER);
  }

  JobDrain.Drained run(String prefix, int count) {
    dueDates.makeTimersDue(NURTURE_TIMER, prefix, count);
    JobDrain.Drained drained = drain.drain(NURTURE_TIMER, count);
    checkEveryLeadMovedOn(prefix, count);
    return drained;
  }

  private void checkEveryLeadMovedOn(String prefix, int count) {
    long qualifying = engine.getTaskService().createTaskQuery().taskDefinitionKey(QUALIFY_LEAD)
        .processInstanceBusinessKeyLike(prefix + "-%").count();
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    if (qualifying != count || incidents != 0) {
      throw new IllegalStateException(("Nurture timers of %s: %,d leads, %,d back at Qualify "
          + "lead, %,d incidents").formatted(prefix, count, qualifying, incidents));
    }
  }
}
