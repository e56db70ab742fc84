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
import org.salescycle.api.Caller;
import org.salescycle.lookup.LeadSearch;
import org.salescycle.pipeline.PipelineReporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Not a test: a benchmark, run with {@code mvn -Pbenchmark test}. Seeds the embedded H2 file
 * database with 100,000 open leads and 1,000,000 stage history rows (and 100,000 closed leads),
 * then times the pipeline report, a lead search and a rep's search, and prints medians.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark/pipeline-${random.uuid}",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("test")
class PipelineBenchmark {

  static final int OPEN_LEADS = 100_000;
  static final int CLOSED_LEADS = 100_000;
  static final int REPETITIONS = 9;
  static final String[] OPEN_STAGES =
      {"LEAD", "QUALIFYING", "QUALIFYING", "NURTURE", "PROSPECT", "EVALUATION", "PROPOSAL"};
  static final String[] FUNNEL = {"LEAD", "QUALIFYING", "PROSPECT", "EVALUATION", "PROPOSAL"};

  @Autowired JdbcTemplate jdbc;
  @Autowired PipelineReporter reporter;
  @Autowired LeadSearch search;

  @Test
  void pipelineReportAtOneHundredThousandOpenProspects() {
    Instant now = Instant.now();
    long seeding = System.nanoTime();
    long historyRows = seed(now);
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

    System.out.printf("%n| query (H2 file, %d repetitions) | median ms | p90 ms | min ms |%n"
        + "|---|---|---|---|%n", REPETITIONS);
    rows.forEach(System.out::println);
    System.out.printf("%nMachine: %d cores, Java %s, max heap %d MB%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() / (1024 * 1024));
  }

  private static String measure(String name, Supplier<?> query) {
    query.get();
    query.get();
    double[] millis = new double[REPETITIONS];
    for (int i = 0; i < REPETITIONS; i++) {
      long start = System.nanoTime();
      query.get();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    return "| %s | %.1f | %.1f | %.1f |".formatted(name, millis[REPETITIONS / 2],
        millis[(int) Math.ceil(0.9 * REPETITIONS) - 1], millis[0]);
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
      for (int step = 0; step < reached; step++) {
        entries.add(new Object[] {instance, id, FUNNEL[Math.min(step, FUNNEL.length - 1)], null,
            Timestamp.from(entered)});
        entered = entered.plus(Duration.ofHours(1 + random.nextInt(24 * 10)));
      }
      String stage = open ? OPEN_STAGES[random.nextInt(OPEN_STAGES.length)]
          : (random.nextBoolean() ? "WON" : "LOST");
      entries.add(new Object[] {instance, id, stage, open || "WON".equals(stage) ? null
          : "NO_INTEREST", Timestamp.from(entered)});
      leads.add(new Object[] {id, "Company " + i, "contact" + i + "@company" + i + ".example",
          open ? "contact" + i + "@company" + i + ".example" : null, owner, instance, stage,
          Timestamp.from(entered), BigDecimal.valueOf(1_000 + random.nextInt(99_000)),
          Timestamp.from(entered.plus(Duration.ofHours(random.nextInt(48)))),
          Timestamp.from(created), open ? null : Timestamp.from(entered)});
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
          closed_at, country) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PL')""", leads);
    jdbc.batchUpdate("""
        insert into stage_history (process_instance_id, business_key, stage, reason, entered_at)
        values (?, ?, ?, ?, ?)""", entries);
    int inserted = entries.size();
    leads.clear();
    entries.clear();
    return inserted;
  }
}
