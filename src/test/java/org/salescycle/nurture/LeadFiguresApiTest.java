package org.salescycle.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The planned purchase as the lead API takes it, and a nurtured lead's new figures over
 * {@code PUT /api/leads/{id}/figures}: taken only while the lead waits for them, refused naming
 * the field, recorded in the lead's timeline.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeadFiguresApiTest {

  static final String PASSWORD = "figures-test-password";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-figures", PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, "ray-figures", PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, "webform-figures", PASSWORD, SalesGroups.LEAD_SOURCES);
  }

  @Test
  void aNewLeadGivesItsPlannedPurchaseAsAMonthOrInMonthsFromToday() {
    String inOneYear = thisMonth().plusMonths(12).toString();
    Map<String, Object> asMonth = Leads.qualifiedLead();
    asMonth.remove("purchaseTimelineMonths");
    asMonth.put("plannedPurchase", inOneYear);

    JsonNode byMonth = post("webform-figures", "/api/leads", asMonth).getBody();
    JsonNode byMonths = post("webform-figures", "/api/leads", Leads.qualifiedLead()).getBody();

    assertThat(plannedPurchaseRow(byMonth.get("id").asText())).isEqualTo(inOneYear);
    assertThat(runtime.getVariables(byMonth.get("processInstanceId").asText()))
        .containsEntry("plannedPurchase", inOneYear).containsEntry("purchaseTimelineMonths", 12);
    String inThreeMonths = thisMonth().plusMonths(3).toString();
    assertThat(plannedPurchaseRow(byMonths.get("id").asText())).isEqualTo(inThreeMonths);
    assertThat(runtime.getVariables(byMonths.get("processInstanceId").asText()))
        .containsEntry("plannedPurchase", inThreeMonths).containsEntry("purchaseTimelineMonths", 3);
  }

  @Test
  void aPastOrContradictingPlannedPurchaseIsRefusedNamingIt() {
    Map<String, Object> past = Leads.qualifiedLead();
    past.remove("purchaseTimelineMonths");
    past.put("plannedPurchase", thisMonth().minusMonths(1).toString());
    Map<String, Object> contradicting = Leads.qualifiedLead();
    contradicting.put("plannedPurchase", thisMonth().plusMonths(4).toString());
    Map<String, Object> none = Leads.qualifiedLead();
    none.remove("purchaseTimelineMonths");

    for (Map<String, Object> lead : java.util.List.of(past, contradicting, none)) {
      ResponseEntity<JsonNode> refused = post("webform-figures", "/api/leads", lead);
      assertProblem(refused, HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors").findValuesAsText("field"))
          .containsExactly("plannedPurchase");
    }
  }

  @Test
  void figuresForALeadThatIsNotWaitingForThemConflictAndOthersLeadsAreNotFound() {
    JsonNode lead = post("webform-figures", "/api/leads", Leads.qualifiedLead()).getBody();
    String id = lead.get("id").asText();
    tasks.claim(task(lead, "Task_QualifyLead").getId(), "rita-figures");

    ResponseEntity<JsonNode> early = put("rita-figures", id, Map.of("employees", 150));
    ResponseEntity<JsonNode> colleague = put("ray-figures", id, Map.of("employees", 150));
    ResponseEntity<JsonNode> unknown = put("rita-figures", "no-such-lead", Map.of("employees", 1));

    assertProblem(early, HttpStatus.CONFLICT);
    assertThat(early.getBody().get("detail").asText()).contains("Update lead figures");
    assertProblem(colleague, HttpStatus.NOT_FOUND);
    assertProblem(unknown, HttpStatus.NOT_FOUND);
    assertThat(runtime.getVariable(lead.get("processInstanceId").asText(), "employees"))
        .isEqualTo(120);
  }

  @Test
  void theLeadSourceSendsNewFiguresTheTimelineShowsThemAndTheLeadIsAssessedAgain() {
    JsonNode lead = nurturedLead();
    String id = lead.get("id").asText();
    String planned = thisMonth().plusMonths(2).toString();

    ResponseEntity<JsonNode> updated = put("webform-figures", id, Map.of("plannedPurchase",
        planned, "employees", 150, "note", "Budget approved for the spring"));

    assertThat(updated.getStatusCode()).as(String.valueOf(updated.getBody()))
        .isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody().get("stage").asText()).isEqualTo("QUALIFYING");
    String instance = lead.get("processInstanceId").asText();
    assertThat(runtime.getVariables(instance)).containsEntry("plannedPurchase", planned)
        .containsEntry("purchaseTimelineMonths", 2).containsEntry("employees", 150)
        .containsEntry("recommendation", "QUALIFY")
        .doesNotContainKeys("nurturedFigures", "figuresNote");
    assertThat(plannedPurchaseRow(id)).isEqualTo(planned);
    assertThat(task(lead, "Task_QualifyLead")).isNotNull();
    assertThat(task(lead, "Task_UpdateLeadFigures")).isNull();

    JsonNode figures = timelineOf(id, "FIGURES");
    assertThat(figures.get("by").asText()).isEqualTo("webform-figures");
    JsonNode note = timelineOf(id, "NOTE");
    assertThat(note.get("text").asText()).isEqualTo("Budget approved for the spring");
    assertThat(note.get("author").asText()).isEqualTo("webform-figures");
    assertThat(figures.get("changes").findValuesAsText("field"))
        .containsExactlyInAnyOrder("plannedPurchase", "employees");
    assertThat(figures.get("changes").findValuesAsText("from"))
        .containsExactlyInAnyOrder(thisMonth().plusMonths(18).toString(), "120");

    ResponseEntity<JsonNode> again = put("webform-figures", id, Map.of("employees", 160));
    assertProblem(again, HttpStatus.CONFLICT);
  }

  @Test
  void badFiguresAreRefusedNamingTheFieldAndTheLeadStillWaitsForThem() {
    JsonNode lead = nurturedLead();
    String id = lead.get("id").asText();
    Map<String, Object> bad = new HashMap<>();
    bad.put("plannedPurchase", thisMonth().minusMonths(2).toString());
    bad.put("employees", -1);

    ResponseEntity<JsonNode> refused = put("rita-figures", id, bad);
    ResponseEntity<JsonNode> unknownField = put("rita-figures", id, Map.of("country", "DE"));
    ResponseEntity<JsonNode> contradicting = put("rita-figures", id, Map.of(
        "plannedPurchase", thisMonth().plusMonths(5).toString(), "purchaseTimelineMonths", 6));

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("plannedPurchase", "employees");
    assertProblem(unknownField, HttpStatus.BAD_REQUEST);
    assertProblem(contradicting, HttpStatus.BAD_REQUEST);
    assertThat(contradicting.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("plannedPurchase");
    assertThat(task(lead, "Task_UpdateLeadFigures")).isNotNull();
    assertThat(runtime.getVariable(lead.get("processInstanceId").asText(), "employees"))
        .isEqualTo(120);
  }

  /**
   * A lead planning to buy in 18 months, sent by the web form, owned by rita, nurtured until it
   * waits for its figures.
   */
  private JsonNode nurturedLead() {
    JsonNode lead = post("webform-figures", "/api/leads",
        Leads.with(Leads.qualifiedLead(), "purchaseTimelineMonths", 18)).getBody();
    Task qualify = task(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), "rita-figures");
    tasks.complete(qualify.getId(), Map.of("qualificationDecision", "NURTURE"));
    Job timer = management.createJobQuery()
        .processInstanceId(lead.get("processInstanceId").asText()).timers().singleResult();
    management.executeJob(timer.getId());
    assertThat(task(lead, "Task_UpdateLeadFigures")).isNotNull();
    return lead;
  }

  private JsonNode timelineOf(String id, String type) {
    JsonNode timeline = http.withBasicAuth("rita-figures", PASSWORD)
        .getForObject("/api/leads/" + id, JsonNode.class).get("timeline");
    for (JsonNode entry : timeline) {
      if (type.equals(entry.get("type").asText())) {
        return entry;
      }
    }
    throw new AssertionError("no " + type + " entry in " + timeline);
  }

  private Task task(JsonNode lead, String key) {
    return tasks.createTaskQuery().processInstanceId(lead.get("processInstanceId").asText())
        .taskDefinitionKey(key).singleResult();
  }

  private String plannedPurchaseRow(String leadId) {
    return jdbc.queryForObject("select planned_purchase from sales_lead where id = ?",
        String.class, leadId);
  }

  private static YearMonth thisMonth() {
    return YearMonth.now(ZoneOffset.UTC);
  }

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD).postForEntity(path, body, JsonNode.class);
  }

  private ResponseEntity<JsonNode> put(String user, String id, Object body) {
    return http.withBasicAuth(user, PASSWORD).exchange("/api/leads/" + id + "/figures",
        HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class);
  }
}
