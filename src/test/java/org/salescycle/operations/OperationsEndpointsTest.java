package org.salescycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.engine.EngineIndexAssertions;
import org.salescycle.identity.TestUsers;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Health for load balancers, metrics for administrators and managers, over real HTTP. */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=true")
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
class OperationsEndpointsTest {

  @Autowired TestRestTemplate http;
  @Autowired DataSource dataSource;
  @Autowired RuntimeService runtime;
  @Autowired IdentityService identity;

  @Test
  void theEngineGetsTheIndexItsSchemaLacks() throws Exception {
    EngineIndexAssertions.assertTaskParentIndexed(dataSource);
  }

  @Test
  void healthShowsDatabaseEngineAndJobExecutorWithoutCredentials() {
    ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"status\":\"UP\"").contains("\"db\"")
        .contains("\"processEngine\"").contains("\"jobExecutor\"");
  }

  @Test
  void metricsNeedCredentialsOfAnAdministratorOrManager() {
    assertThat(http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    TestUsers.ensure(identity, "rita-test", "secret", "sales-reps");
    assertThat(http.withBasicAuth("rita-test", "secret")
        .getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    TestUsers.ensure(identity, "mia-test", "secret", "sales-managers");
    assertThat(http.withBasicAuth("mia-test", "secret")
        .getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void metricsCountLeadsTasksPerStageAndTheJobBacklog() {
    runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());

    String metrics = http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .getForObject("/actuator/prometheus", String.class);

    assertThat(value(metrics, "salescycle_leads_started_total")).isGreaterThanOrEqualTo(2);
    assertThat(value(metrics, "salescycle_tasks_open{stage=\"QUALIFYING\"}")).isGreaterThanOrEqualTo(2);
    assertThat(value(metrics, "salescycle_tasks_open{stage=\"PROPOSAL\"}")).isZero();
    assertThat(metrics).contains("salescycle_incidents_open ").contains("salescycle_jobs_backlog ")
        .contains("salescycle_leads_won_total ").contains("salescycle_leads_lost_total ");
  }

  @Test
  void thePipelineCanBeRebuiltByAnAdministratorOnly() {
    runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    TestUsers.ensure(identity, "mia-test", "secret", "sales-managers");

    assertThat(http.withBasicAuth("mia-test", "secret")
        .postForEntity("/operations/pipeline/rebuild", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> rebuilt = http.withBasicAuth("admin", TestUsers.ADMIN_PASSWORD)
        .postForEntity("/operations/pipeline/rebuild", null, String.class);
    assertThat(rebuilt.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rebuilt.getBody()).contains("\"leads\":").contains("\"recreated\":0");
  }

  private static double value(String metrics, String series) {
    List<String> lines = metrics.lines().filter(line -> line.startsWith(series + " ")).toList();
    assertThat(lines).as(series).hasSize(1);
    return Double.parseDouble(lines.get(0).substring(series.length() + 1).trim());
  }
}
