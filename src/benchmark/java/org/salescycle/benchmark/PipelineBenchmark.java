package org.salescycle.benchmark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.salescycle.benchmark.database.ContextDatabase;
import org.salescycle.lookup.LeadLookup;
import org.salescycle.lookup.LeadSearch;
import org.salescycle.pipeline.PipelineReporter;
import org.salescycle.shared.Caller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Not a test: a benchmark, run with {@code mvn -Pbenchmark test}. Seeds the embedded H2 file
 * database (or PostgreSQL, see {@link ContextDatabase}) with 100,000 open leads and 1,000,000 stage history rows (and 100,000 closed leads),
 * then times the pipeline report, lead searches and a lead's details, and prints medians and the
 * 95th percentiles.
 * Before each timed run one lead row changes, as in a working system: H2 answers a repeated
 * query from its result cache while the table is unchanged, which would measure nothing.
 */
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
class PipelineBenchmark {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    ContextDatabase.register(registry, "pipeline");
  }

  static final int OPEN_LEADS = 100_000;
  static final int CLOSED_LEADS = 100_000;
  static final int REPETITIONS = 20;
  static final String[] OPEN_STAGES =
      {"LEAD", "QUALIFYING", "QUALIFYING", "NURTURE", "PROSPECT", "EVALUATION", "PROPOSAL"};
  static final String[] FUNNEL = {"LEAD", "QUALIFYING", "PROSPECT", "EVALUATION", "PROPOSAL"};

  @Autowired JdbcTemplate jdbc;
  @Autowired PipelineReporter reporter;
  @Autowired LeadSearch search;
  @Autowired LeadLookup lookup;

  @Test
  void pipelineReportAtOneHundredThousandOpenProspects() {
    Instant now = Instant.now();
    long seeding = System.nanoTime();
    long historyRows = seed(now);
    ContextDatabase.vacuumed(jdbc);
    System.out.printf("%nSeeded %,d open + %,d closed leads and %,d stage history rows in %.0f s%n",
        OPEN_LEADS, CLOSED_LEADS, historyRows, (System.nanoTime() - seeding) / 1e9);

    Caller manager = new Caller("mia", java.util.Set.of("sales-managers"));
    Caller rep = new Caller("rep-7", java.util.Set.of("sales-reps"));
    List<String> rows = new ArrayList<>();
    rows.add(measure("pipeline report (90 days)", () ->
        reporter.report(now.minus(Duration.ofDays(90)), now, now, "")));
    rows.add(measure("lead search, stage filter, page 1", () ->
        search.find(new LeadSearch.Criteria("PROPOSAL", null, null, 0, 20), manager)));
    rows.add(measure("lead search, text, page 1", () ->
        search.find(new LeadSearch.Criteria(null, null, "company 4711", 0, 20), manager)));
    rows.add(measure("a rep's lead search, page 1", () ->
        search.find(new LeadSearch.Criteria(null, null, null, 0, 20), rep)));
    rows.add(measure("a lead by id with its timeline", () ->
        lookup.details("bench-4711", manager)));

    System.out.printf("%n| query (%s, %d repetitions) | median ms | p95 ms | min ms |%n"
        + "|---|---|---|---|%n", ContextDatabase.name(), REPETITIONS);
    rows.forEach(System.out::println);
    System.out.printf("%nMachine: %d cores, Java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private String measure(String name, Supplier<?> query) {
    query.get();
    query.get();
    double[] millis = new double[REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      jdbc.update("update sales_lead set last_activity_at = ? where id = 'bench-0'",
          Timestamp.from(Instant.now()));
      long start = System.nanoTime();
      query.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return "| %s | %.1f | %.1f | %.1f |".formatted(name, millis[REPETITIONS / 2],
        millis[(int) Math.ceil(0.95 * REPETITIONS) - 1], millis[0]);
  }

  private long seed(Instant now) {
    Random random = new Random(42);
    long history = 0;
    List<Object[]> leads = new ArrayList<>();
    List<Object[]> entries = new ArrayList<>();
    for (int i = 0; i < OPEN_LEADS + CLOSED_LEADS; i++) {
      boolean open = i < OPEN_LEADS;
      String id = "bench-" + i;
      String instance = "pi-" + i;
      Instant created = now.minus(Duration.ofMinutes(random.nextInt(365 * 24 * 60)));
      String owner = random.nextInt(5) == 0 ? null : "rep-" + random.nextInt(20);
      int reached = open ? 2 + random.nextInt(4) : 4 + random.nextInt(2);
      Instant entered = created;
      Timestamp[] funnel = new Timestamp[FUNNEL.length + 1];
      for (int step = 0; step < reached; step++) {
        int funnelStage = Math.min(step, FUNNEL.length - 1);
        entries.add(new Object[] {instance, id, FUNNEL[funnelStage], null,
            Timestamp.from(entered)});
        if (funnel[funnelStage] == null) {
          funnel[funnelStage] = Timestamp.from(entered);
        }
        entered = entered.plus(Duration.ofHours(1 + random.nextInt(24 * 10)));
      }
      String stage = open ? OPEN_STAGES[random.nextInt(OPEN_STAGES.length)]
          : (random.nextBoolean() ? "WON" : "LOST");
      String reason = open || "WON".equals(stage) ? null : "NO_INTEREST";
      entries.add(new Object[] {instance, id, stage, reason, Timestamp.from(entered)});
      Timestamp end = open ? null : Timestamp.from(entered);
      funnel[FUNNEL.length] = "WON".equals(stage) ? end : null;
      leads.add(new Object[] {id, "Company " + i, "contact" + i + "@company" + i + ".example",
          open ? "contact" + i + "@company" + i + ".example" : null, owner, instance, stage,
          Timestamp.from(entered), BigDecimal.valueOf(1_000 + random.nextInt(99_000)),
          Timestamp.from(entered.plus(Duration.ofHours(random.nextInt(48)))),
          Timestamp.from(created), end, funnel[0], funnel[1], funnel[2], funnel[3], funnel[4],
          funnel[5], open ? null : stage, reason, end});
      if (leads.size() == 5_000) {
        history += flush(leads, entries);
      }
    }
    history += flush(leads, entries);
    return history;
  }

  private int flush(List<Object[]> leads, List<Object[]> entries) {
    jdbc.batchUpdate("""
        insert into sales_lead (id, company_name, contact_email, open_email, owner,
          process_instance_id, stage, stage_entered_at, deal_value, last_activity_at, created_at,
          closed_at, lead_at, qualifying_at, prospect_at, evaluation_at, proposal_at, won_at,
          outcome, outcome_reason, outcome_at, country)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PL')""", leads);
    jdbc.batchUpdate("""
        insert into stage_history (process_instance_id, business_key, stage, reason, entered_at)
        values (?, ?, ?, ?, ?)""", entries);
    int inserted = entries.size();
    leads.clear();
    entries.clear();
    return inserted;
  }
}
