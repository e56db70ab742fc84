package org.salescycle.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.salescycle.IntegrationTest;
import org.salescycle.postgres.TestPostgres;
import org.salescycle.process.Leads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two application nodes, each its own JVM, on one PostgreSQL database, with the job executor of
 * each running credit checks (against an HTTP bureau that logs every check by its key) and
 * nurture timers. Proves that every job runs exactly once across the nodes, and that the jobs of
 * a node killed with SIGKILL are taken over by the other once their locks expire.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterTest.class);
  private static final int LEADS = 500;
  private static final Duration LOCK_TIME = Duration.ofSeconds(15);
  private static final int JOB_SUCCESS = 2;

  private static FakeCreditBureau bureau;
  private static ApplicationNode nodeA;
  private static ApplicationNode nodeB;
  private static JdbcTemplate database;
  private static Connection connection;
  private final ApiClient api = new ApiClient();

  @BeforeAll
  static void startCluster() throws SQLException {
    TestPostgres postgres = TestPostgres.get();
    bureau = new FakeCreditBureau();
    Map<String, String> settings = Map.ofEntries(
        Map.entry("spring.datasource.url", postgres.url()),
        Map.entry("spring.datasource.username", postgres.user()),
        Map.entry("spring.datasource.password", postgres.password()),
        Map.entry("sales-cycle.credit.bureau", "http"),
        Map.entry("sales-cycle.credit.http.url", bureau.url()),
        // a nurtured lead wakes at once: its timer is a job like any other
        Map.entry("sales-cycle.nurture.min-wait", "P0D"),
        Map.entry("sales-cycle.nurture.max-wait", "P0D"),
        Map.entry("camunda.bpm.job-execution.deployment-aware", "false"),
        Map.entry("camunda.bpm.job-execution.lock-time-in-millis",
            String.valueOf(LOCK_TIME.toMillis())),
        Map.entry("camunda.bpm.job-execution.wait-time-in-millis", "500"),
        Map.entry("camunda.bpm.job-execution.max-wait", "2000"));
    // The first node creates the schema alone; the second joins a ready database.
    nodeA = ApplicationNode.start("node-a", settings);
    nodeB = ApplicationNode.start("node-b", settings);
    connection = DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
    database = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, bureau, connection}) {
      if (closeable != null) {
        closeable.close();
      }
    }
  }

  @Test
  @Order(1)
  void fiveHundredLeadsThroughCreditChecksAndTimersRunEveryJobExactlyOnce() throws Exception {
    List<String> leads = createLeads("cluster", LEADS);
    List<String> numbers = database.queryForList("select lead_number from sales_lead",
        String.class);
    String year = numbers.get(0).substring(2, 6);
    assertThat(numbers).as("lead numbers taken on both nodes at once: each once, no gaps")
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, LEADS)
            .mapToObj(n -> "L-%s-%05d".formatted(year, n)).toList());
    List<String> qualified = new ArrayList<>();
    List<String> nurtured = new ArrayList<>();
    inParallel(leads.size(), i -> () -> {
      ApplicationNode node = i % 4 < 2 ? nodeA : nodeB;
      String lead = leads.get(i);
      if (i % 2 == 0) {
        api.completeTask(node, lead, "Task_QualifyLead", "qualificationDecision", "QUALIFY",
            "interestConfirmed", true);
        api.completeTask(node, lead, "Task_HoldDiscoveryDialogue", "dialogueOutcome", "PROSPECT");
      } else {
        api.completeTask(node, lead, "Task_QualifyLead", "qualificationDecision", "NURTURE",
            "ownQualificationReason", "Budget only next year");
      }
      return null;
    });
    for (int i = 0; i < leads.size(); i++) {
      (i % 2 == 0 ? qualified : nurtured).add(leads.get(i));
    }

    awaitNoJobs(Duration.ofMinutes(4));

    Map<String, String> waitingAt = waitingTaskByLead();
    qualified.forEach(lead -> assertThat(waitingAt.get(lead)).as(lead)
        .isEqualTo("Task_ScheduleProductDemo"));
    nurtured.forEach(lead -> assertThat(waitingAt.get(lead)).as(lead)
        .isEqualTo("Task_UpdateLeadFigures"));
    assertThat(passesOf("Task_RunCreditCheck", qualified)).containsOnlyKeys(qualified)
        .allSatisfy((lead, passes) -> assertThat(passes).as(lead).isEqualTo(1));
    assertThat(passesOf("Event_NurturePeriodOver", nurtured)).containsOnlyKeys(nurtured)
        .allSatisfy((lead, passes) -> assertThat(passes).as(lead).isEqualTo(1));

    Map<String, Integer> checks = bureau.requestsByKey();
    assertThat(checks).hasSize(qualified.size());
    qualified.forEach(lead ->
        assertThat(checks.get(lead + "/Task_RunCreditCheck/1")).as(lead).isEqualTo(1));
    assertThat(bureau.requestsWithoutKey()).isZero();

    assertThat(database.queryForObject("""
        select count(*) from (select job_id_ from act_hi_job_log
                              where job_state_ = ? and process_instance_id_ is not null
                              group by job_id_ having count(*) > 1) twice""",
        Long.class, JOB_SUCCESS)).isZero();
    Map<String, Long> jobsPerNode = new HashMap<>();
    database.query("""
        select hostname_, count(*) as jobs from act_hi_job_log
        where job_state_ = ? and process_instance_id_ is not null group by hostname_""",
        row -> {
          jobsPerNode.put(row.getString("hostname_"), row.getLong("jobs"));
        }, JOB_SUCCESS);
    LOG.info("Successful jobs per node: {}", jobsPerNode);
    assertThat(jobsPerNode).containsOnlyKeys("node-a", "node-b");
    // A qualified lead's credit check, then its path's arrival at the evaluation's join; a
    // nurtured lead's timer.
    assertThat(jobsPerNode.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(2L * qualified.size() + nurtured.size());
    assertThat(database.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
  }

  @Test
  @Order(2)
  void jobsOfAKilledNodeAreTakenOverWhenTheirLocksExpireAndNoCheckRunsTwice() throws Exception {
    bureau.answerAfter(Duration.ofMillis(1500));
    List<String> leads = createLeads("takeover", 60);
    inParallel(leads.size(), i -> () -> {
      ApplicationNode node = i % 2 == 0 ? nodeA : nodeB;
      api.completeTask(node, leads.get(i), "Task_QualifyLead", "qualificationDecision", "QUALIFY",
          "interestConfirmed", true);
      api.completeTask(node, leads.get(i), "Task_HoldDiscoveryDialogue", "dialogueOutcome",
          "PROSPECT");
      return null;
    });
    Supplier<List<String>> lockedByA = () -> database.queryForList(
        "select id_ from act_ru_job where lock_owner_ like 'node-a-%' and lock_exp_time_ is not null",
        String.class);
    try {
      await("node-a holding two locked jobs").atMost(Duration.ofMinutes(1))
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
          .until(() -> lockedByA.get().size() >= 2);
    } catch (ConditionTimeoutException fewer) {
      // killed all the same: the jobs it holds then are asserted below
    }
    Set<String> keysBeforeKill = bureau.requestsByKey().keySet();

    nodeA.kill();
    List<String> orphaned = lockedByA.get();
    LOG.info("Killed node-a holding {} locked jobs", orphaned.size());
    assertThat(orphaned).as("jobs node-a held when it was killed").isNotEmpty();

    awaitNoJobs(LOCK_TIME.plus(Duration.ofMinutes(2)));

    Map<String, String> waitingAt = waitingTaskByLead();
    leads.forEach(lead -> assertThat(waitingAt.get(lead)).as(lead)
        .isEqualTo("Task_ScheduleProductDemo"));
    assertThat(passesOf("Task_RunCreditCheck", leads))
        .allSatisfy((lead, passes) -> assertThat(passes).as(lead).isEqualTo(1));
    for (String job : orphaned) {
      assertThat(database.queryForList(
          "select hostname_ from act_hi_job_log where job_id_ = ? and job_state_ = ?",
          String.class, job, JOB_SUCCESS)).as("job " + job).containsExactly("node-b");
    }
    Map<String, Integer> checks = bureau.requestsByKey();
    for (String lead : leads) {
      String key = lead + "/Task_RunCreditCheck/1";
      assertThat(checks).as("one check id per lead: " + lead).containsKey(key)
          .doesNotContainKey(lead + "/Task_RunCreditCheck/2");
      if (checks.get(key) > 1) {
        assertThat(keysBeforeKill).as("only a check cut short by the kill is asked again")
            .contains(key);
      }
    }
    LOG.info("Checks asked twice under the same key after the kill: {}",
        checks.values().stream().filter(count -> count > 1).count());
    assertThat(database.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
  }

  private List<String> createLeads(String batch, int count) throws Exception {
    List<String> ids = new ArrayList<>();
    List<String> created = inParallel(count, i -> () -> {
      Map<String, Object> lead = Leads.qualifiedLead();
      lead.put("companyName", batch + " " + i + " " + lead.get("companyName"));
      ApiClient.Response response = api.post(i % 2 == 0 ? nodeA : nodeB, "/api/leads", lead,
          batch + "-" + i);
      assertThat(response.status()).as(response.toString()).isEqualTo(201);
      return response.body().get("id").asText();
    });
    ids.addAll(created);
    return ids;
  }

  /**
   * Waits until no job is due within ten minutes: the credit checks and nurture timers have run;
   * timers days away (overdue reviews) are wait states.
   */
  private void awaitNoJobs(Duration timeout) {
    await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> assertThat(database.queryForObject("""
            select count(*) from act_ru_job where process_instance_id_ is not null
               and (duedate_ is null or duedate_ < current_timestamp + interval '10 minutes')""",
            Long.class)).as("jobs still waiting after " + timeout).isZero());
  }

  private Map<String, String> waitingTaskByLead() {
    Map<String, String> tasks = new HashMap<>();
    database.query("""
        select v.text_, t.task_def_key_ from act_ru_task t
        join act_ru_variable v on v.execution_id_ = t.proc_inst_id_ and v.name_ = 'leadId'""",
        row -> {
          tasks.put(row.getString(1), row.getString(2));
        });
    return tasks;
  }

  private Map<String, Integer> passesOf(String activity, List<String> leads) {
    Map<String, Integer> passes = new HashMap<>();
    database.query("""
        select v.text_, count(*) from act_hi_actinst a
        join act_hi_varinst v on v.proc_inst_id_ = a.proc_inst_id_
          and v.execution_id_ = a.proc_inst_id_ and v.name_ = 'leadId'
        where a.act_id_ = ? and a.end_time_ is not null group by v.text_""",
        row -> {
          passes.put(row.getString(1), row.getInt(2));
        }, activity);
    passes.keySet().retainAll(Set.copyOf(leads));
    return passes;
  }

  /** Runs count calls, eight at a time, and returns their results in order. */
  private static <T> List<T> inParallel(int count,
      java.util.function.IntFunction<Callable<T>> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        futures.add(pool.submit(call.apply(i)));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
