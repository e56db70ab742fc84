package org.salescycle.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.salescycle.stage.Stage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sales cycle as Prometheus sees it, read from the database at each scrape so every node of a
 * cluster reports the same figures: open tasks per stage, open incidents, the job backlog, and
 * how many leads were started, won and lost (from the stage history, so they only grow).
 */
@Component
class SalesCycleMetrics implements MeterBinder {

  private static final String OPEN_TASKS_IN_STAGE = """
      select count(*) from ACT_RU_TASK t
      join stage_history h on h.process_instance_id = t.PROC_INST_ID_ and h.left_at is null
      where h.stage = ?""";
  private static final String LEADS_ENTERING = "select count(*) from stage_history where stage = ?";

  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final ManagementService management;

  SalesCycleMetrics(JdbcTemplate jdbc, RuntimeService runtime, ManagementService management) {
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.management = management;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (Stage stage : Stage.values()) {
      Gauge.builder("salescycle.tasks.open", this, metrics -> metrics.count(OPEN_TASKS_IN_STAGE, stage))
          .description("Open user tasks of leads in this stage")
          .tag("stage", stage.name())
          .register(registry);
    }
    Gauge.builder("salescycle.incidents.open", runtime, service -> service.createIncidentQuery().count())
        .description("Open incidents, e.g. credit checks whose retries ran out")
        .register(registry);
    Gauge.builder("salescycle.jobs.backlog", management,
            service -> service.createJobQuery().executable().count())
        .description("Jobs due and waiting for the job executor")
        .register(registry);
    leadCounter(registry, "started", Stage.LEAD);
    leadCounter(registry, "won", Stage.WON);
    leadCounter(registry, "lost", Stage.LOST);
  }

  private void leadCounter(MeterRegistry registry, String outcome, Stage stage) {
    FunctionCounter.builder("salescycle.leads." + outcome, this, metrics -> metrics.count(LEADS_ENTERING, stage))
        .description("Leads " + outcome + " since the database was created")
        .register(registry);
  }

  private double count(String sql, Stage stage) {
    Long count = jdbc.queryForObject(sql, Long.class, stage.name());
    return count == null ? 0 : count;
  }
}
