package org.salescycle.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.customer.Customers;
import org.salescycle.engine.EngineIndexAssertions;
import org.salescycle.intake.LeadIntake;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.quote.QuoteInputs;
import org.salescycle.shared.Caller;
import org.salescycle.stage.Stage;
import org.salescycle.stage.StageHistory;
import org.salescycle.stage.StageHistoryEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application on a real PostgreSQL (see {@link TestPostgres}): the engine schema and the
 * Flyway domain tables are created there, and a lead goes from start to customer with its stage
 * history and customer record written in the engine's transactions.
 */
@IntegrationTest
@SpringBootTest
@ActiveProfiles("test")
class SalesCycleOnPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry);
  }

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @Autowired Customers customers;
  @Autowired StageHistory stageHistory;
  @Autowired LeadIntake intake;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(engine);
  }

  @Test
  void engineAndDomainTablesLiveInPostgres() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    assertThat(jdbc.queryForList(
            "select version from sales_cycle_schema_history where success order by installed_rank",
            String.class))
        .contains("1", "2");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("sales-cycle").count()).isEqualTo(1);
  }

  @Test
  void aLeadBecomesACustomerOnPostgres() {
    ProcessInstance lead = engine.getRuntimeService()
        .startProcessInstanceByKey("sales-cycle", "lead-pg", Leads.qualifiedLead());
    assertThat(lead).isWaitingAt("Task_QualifyLead");
    complete(task(), withVariables("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    complete(task(), withVariables("dialogueOutcome", "PROSPECT"));
    Evaluation.pass(engine.getManagementService(), engine.getTaskService(), lead.getId());
    complete(task(), QuoteInputs.worth(40_000, 5));
    execute(job());
    complete(task(), withVariables("customerDecision", "ACCEPTED"));
    execute(job());

    assertThat(lead).isEnded().hasPassed("EndEvent_CustomerWon");
    var customer = customers.findBySourceProcessInstance(lead.getId()).orElseThrow();
    assertThat(customer.creditLimit()).isEqualByComparingTo("1000000");
    List<StageHistoryEntry> history = stageHistory.of(lead.getId());
    assertThat(history).extracting(StageHistoryEntry::stage).containsExactly(Stage.LEAD,
        Stage.QUALIFYING, Stage.PROSPECT, Stage.EVALUATION, Stage.PROPOSAL, Stage.WON);
    assertThat(jdbc.queryForObject("select net_amount from quote where process_instance_id = ?",
        BigDecimal.class, lead.getId())).isEqualByComparingTo("38000.00");
    assertThat(jdbc.queryForObject(
        "select stage from sales_lead where process_instance_id = ? and closed_at is not null",
        String.class, lead.getId())).isEqualTo("WON");
  }

  @Test
  void theEngineGetsTheIndexesItsSchemaLacks() throws Exception {
    EngineIndexAssertions.assertTaskParentIndexed(jdbc.getDataSource());
    // Tasklist's order (priority, then due date), added on PostgreSQL only
    EngineIndexAssertions.assertTaskColumnIndexed(jdbc.getDataSource(), "PRIORITY_");
  }

  /**
   * A database that applied postgres/V2 with its comment rewrapped (released so for a while)
   * starts with today's file; a migration changed in any other way still stops the start.
   */
  @Test
  void aDatabaseThatAppliedTheRewrappedV2StartsAndOtherChangesStillStopIt() {
    ProcessEnginePlugin engineIndexes = context.getBean("engineIndexes", ProcessEnginePlugin.class);
    String checksum = "select checksum from sales_cycle_engine_schema_history where version = '2'";
    int released = jdbc.queryForObject(checksum, Integer.class);
    try {
      jdbc.update("update sales_cycle_engine_schema_history set checksum = 1411379017"
          + " where version = '2'");
      engineIndexes.postProcessEngineBuild(engine);
      assertThat(jdbc.queryForObject(checksum, Integer.class)).isEqualTo(released);

      jdbc.update("update sales_cycle_engine_schema_history set checksum = 42 where version = '2'");
      assertThatThrownBy(() -> engineIndexes.postProcessEngineBuild(engine))
          .hasMessageContaining("checksum mismatch");
    } finally {
      jdbc.update("update sales_cycle_engine_schema_history set checksum = ? where version = '2'",
          released);
    }
  }

  /**
   * Without the statistics the planner guesses that 0.5% of the authorizations pass the task
   * query's permission check, which is what made a rep's task list quadratic. The rows are
   * added, analyzed and estimated in one transaction that is rolled back, statistics included.
   */
  @Test
  void thePlannerKnowsHowManyAuthorizationsGrantReadingATask() throws Exception {
    try (Connection connection = jdbc.getDataSource().getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("insert into act_ru_authorization (id_, rev_, type_, group_id_,"
            + " resource_type_, resource_id_, perms_) select 'planner-' || g, 1, 1,"
            + " 'planner-check', 7, 'task-' || g, 7 from generate_series(1, 2000) g");
        statement.execute("analyze act_ru_authorization");
        try (ResultSet plan = statement.executeQuery("explain (format json) select id_ from"
            + " act_ru_authorization where perms_ & 2 = 2")) {
          plan.next();
          long estimated = new ObjectMapper().readTree(plan.getString(1)).get(0).get("Plan")
              .get("Plan Rows").asLong();
          assertThat(estimated).as("rows the planner expects to pass the check").isGreaterThan(1000);
        }
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void everyConnectionPricesIndexReadsAsCachedAndSkipsJit() {
    assertThat(jdbc.queryForObject("show random_page_cost", Double.class)).isEqualTo(1.1);
    assertThat(jdbc.queryForObject("show jit", String.class)).isEqualTo("off");
  }

  /**
   * From a statement's fifth run on a connection the driver prepares it on the server, which may
   * then plan it without its parameter values. A rep's queue query must never be prepared there;
   * the same query without authorization checks shows that the view does list what is. A task
   * query for one process instance, and a check of one permission, find their few rows by
   * index whatever the values, and keep the server's plan.
   */
  @Test
  void aRepsTaskQueryIsPlannedWithItsParametersOnEveryRun() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    IdentityService identity = engine.getIdentityService();
    List<String> preparedOnServer = configuration.getCommandExecutorTxRequired().execute(
        context -> {
          try {
            identity.setAuthentication("rita", List.of("sales-reps"));
            queryTheSalesRepsQueue(10);
            queryOneInstancesTasks(10);
            identity.clearAuthentication();
            queryTheSalesRepsQueue(10);
            checkOnePermission(10);
            return jdbcOf(context.getDbSqlSession().getSqlSession().getConnection())
                .queryForList("select statement from pg_prepared_statements", String.class);
          } finally {
            identity.clearAuthentication();
          }
        });

    assertThat(preparedOnServer)
        .anyMatch(sql -> sql.contains("ACT_RU_TASK"))
        .noneMatch(sql -> sql.contains("ACT_RU_TASK") && sql.contains("ACT_RU_AUTHORIZATION")
            && sql.contains("ACT_RU_IDENTITYLINK"))
        .anyMatch(sql -> sql.contains("ACT_RU_TASK") && sql.contains("ACT_RU_AUTHORIZATION")
            && sql.contains("RES.PROC_INST_ID_ = $"))
        .anyMatch(sql -> sql.stripLeading().regionMatches(true, 0, "select", 0, 6)
            && sql.contains("ACT_RU_AUTHORIZATION") && sql.contains("PERMS_")
            && !sql.contains("ACT_RU_TASK"));
  }

  /** Different instances, as MyBatis would answer a repeated query within a command. */
  private void queryOneInstancesTasks(int times) {
    for (int i = 0; i < times; i++) {
      engine.getTaskService().createTaskQuery().processInstanceId("instance-" + i).list();
    }
  }

  /** Different resources: MyBatis would answer a repeated check within a command too. */
  private void checkOnePermission(int times) {
    for (int i = 0; i < times; i++) {
      engine.getAuthorizationService().isUserAuthorized("rita", List.of("sales-reps"),
          Permissions.READ, Resources.PROCESS_DEFINITION, "process-" + i);
    }
  }

  /** Pages of different sizes: MyBatis answers a repeated query within a command from its cache. */
  private void queryTheSalesRepsQueue(int times) {
    for (int i = 0; i < times; i++) {
      engine.getTaskService().createTaskQuery().taskCandidateGroup("sales-reps")
          .orderByTaskPriority().desc().listPage(0, 15 + i);
    }
  }

  private static JdbcTemplate jdbcOf(Connection connection) {
    return new JdbcTemplate(new SingleConnectionDataSource(connection, true));
  }

  @Test
  void parallelSubmissionsOfOneLeadCreateItOnceOnPostgres() throws Exception {
    Map<String, Object> lead = Leads.qualifiedLead();
    Caller webForm = new Caller("webform-pg", Set.of("lead-sources"));
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<LeadIntake.Outcome>> submissions = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      submissions.add(() -> intake.submit(new HashMap<>(lead), webForm, "pg-parallel"));
    }
    List<LeadIntake.Outcome> outcomes = new ArrayList<>();
    for (Future<LeadIntake.Outcome> outcome : pool.invokeAll(submissions)) {
      outcomes.add(outcome.get());
    }
    pool.shutdown();

    assertThat(outcomes).filteredOn(LeadIntake.Outcome::created).hasSize(1);
    assertThat(outcomes).extracting(outcome -> outcome.lead().id()).containsOnly(
        outcomes.get(0).lead().id());
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where contact_email = ?",
        Long.class, lead.get("contactEmail"))).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .variableValueEquals("leadId", outcomes.get(0).lead().id()).count()).isEqualTo(1);
  }
}
