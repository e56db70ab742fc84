package org.salescycle.correction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Correcting a lead's facts: in Tasklist as "Qualify lead"'s decision to correct, and over the
 * lead API. Either way the change is recorded with who, when and why, and the lead is assessed
 * again; a correction that breaks a rule, lacks a reason or comes too late changes nothing.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeadCorrectionTest {

  static final String PASSWORD = "correction-test-password";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-corrects", PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, "ray-corrects", PASSWORD, SalesGroups.REPS);
  }

  @Test
  void aRepCorrectsTheFiguresInQualifyLeadAndTheLeadIsAssessedAgain() {
    ProcessInstance lead = ritasLead();
    Task qualify = qualifyLead(lead);
    assertThat(runtime.getVariable(lead.getId(), "recommendation")).isEqualTo("QUALIFY");

    ResponseEntity<String> completed = rita().postForEntity(
        "/engine-rest/task/" + qualify.getId() + "/complete", Map.of("variables", Map.of(
            "qualificationDecision", Map.of("value", "CORRECT"),
            "correction", Map.of("type", "Json", "value",
                "{\"annualRevenue\": 100000, \"country\": \"de\", \"reason\": \"Revenue was in PLN\"}")
        )), String.class);

    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtime.getVariable(lead.getId(), "annualRevenue")).isEqualTo(100_000.0);
    assertThat(runtime.getVariable(lead.getId(), "country")).isEqualTo("DE");
    assertThat(runtime.getVariable(lead.getId(), "correction")).isNull();
    assertThat(runtime.getVariable(lead.getId(), "recommendation")).isNotEqualTo("QUALIFY");
    Task again = qualifyLead(lead);
    assertThat(again.getId()).isNotEqualTo(qualify.getId());

    JsonNode history = rita().getForObject("/api/leads/" + leadId(lead) + "/corrections",
        JsonNode.class);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).get("by").asText()).isEqualTo("rita-corrects");
    assertThat(history.get(0).get("reason").asText()).isEqualTo("Revenue was in PLN");
    assertThat(history.get(0).get("changes").findValuesAsText("field"))
        .containsExactlyInAnyOrder("annualRevenue", "country");
  }

  @Test
  void theLeadApiCorrectsALeadWaitingAtQualifyLead() {
    ProcessInstance lead = ritasLead();

    ResponseEntity<JsonNode> corrected = rita().postForEntity(
        "/api/leads/" + leadId(lead) + "/corrections",
        Map.of("purchaseTimelineMonths", 24, "budgetConfirmed", false,
            "reason", "The buyer moved the purchase to the year after next"), JsonNode.class);

    assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody()))
        .isEqualTo(HttpStatus.OK);
    assertThat(corrected.getBody().get("stage").asText()).isEqualTo("QUALIFYING");
    String planned = YearMonth.now(ZoneOffset.UTC).plusMonths(24).toString();
    assertThat(corrected.getBody().get("correction").get("changes").findValuesAsText("to"))
        .containsExactlyInAnyOrder(planned, "false");
    assertThat(runtime.getVariable(lead.getId(), "purchaseTimelineMonths")).isEqualTo(24);
    assertThat(runtime.getVariable(lead.getId(), "plannedPurchase")).isEqualTo(planned);
    assertThat(jdbc.queryForObject("select planned_purchase from sales_lead where id = ?",
        String.class, leadId(lead))).isEqualTo(planned);
    assertThat(runtime.getVariable(lead.getId(), "budgetConfirmed")).isEqualTo(false);
    assertThat(qualifyLead(lead)).isNotNull();
  }

  @Test
  void aCorrectedCompanyNameRenamesTheLeadAndItsBusinessKeyWhichKeepsTheNumber() {
    ProcessInstance lead = ritasLead();
    JsonNode before = rita().getForObject("/api/leads/" + leadId(lead), JsonNode.class);
    String number = before.get("number").asText();
    assertThat(businessKey(lead)).isEqualTo(number + " " + before.get("companyName").asText());

    ResponseEntity<JsonNode> blank = rita().postForEntity("/api/leads/" + leadId(lead)
        + "/corrections", Map.of("companyName", " ", "reason", "typo"), JsonNode.class);
    assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(blank.getBody().get("errors").findValuesAsText("field")).contains("companyName");
    assertThat(businessKey(lead)).isEqualTo(number + " " + before.get("companyName").asText());

    ResponseEntity<JsonNode> corrected = rita().postForEntity("/api/leads/" + leadId(lead)
        + "/corrections", Map.of("companyName", "Acme Sp. z o.o.",
            "reason", "Registered name from the KRS"), JsonNode.class);

    assertThat(corrected.getStatusCode()).as(String.valueOf(corrected.getBody()))
        .isEqualTo(HttpStatus.OK);
    assertThat(businessKey(lead)).isEqualTo(number + " Acme Sp. z o.o.");
    assertThat(runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(number + " Acme Sp. z o.o.").singleResult().getId())
        .isEqualTo(lead.getId());
    JsonNode after = rita().getForObject("/api/leads/" + leadId(lead), JsonNode.class);
    assertThat(after.get("companyName").asText()).isEqualTo("Acme Sp. z o.o.");
    assertThat(after.get("number").asText()).isEqualTo(number);
  }

  @Test
  void aLeadStoredBeforeLeadNumbersKeepsItsLeadIdAsBusinessKey() {
    ProcessInstance lead = ritasLead();
    jdbc.update("update sales_lead set lead_number = null where id = ?", leadId(lead));
    // as the lead API started leads before numbers: the lead id as business key
    jdbc.update("update act_ru_execution set business_key_ = ? where proc_inst_id_ = ?",
        leadId(lead), lead.getId());

    ResponseEntity<JsonNode> corrected = rita().postForEntity("/api/leads/" + leadId(lead)
        + "/corrections", Map.of("companyName", "Renamed Ltd", "reason", "New name"),
        JsonNode.class);

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(businessKey(lead)).isEqualTo(leadId(lead));
  }

  @Test
  void aCorrectionWithoutReasonOrWithABrokenRuleChangesNothing() {
    ProcessInstance lead = ritasLead();
    Task qualify = qualifyLead(lead);
    Map<String, Object> before = runtime.getVariables(lead.getId());

    ResponseEntity<JsonNode> noReason = rita().postForEntity(
        "/api/leads/" + leadId(lead) + "/corrections", Map.of("employees", 10), JsonNode.class);
    ResponseEntity<JsonNode> negative = rita().postForEntity(
        "/api/leads/" + leadId(lead) + "/corrections",
        Map.of("annualRevenue", -5, "reason", "typo"), JsonNode.class);
    ResponseEntity<String> foreignField = rita().postForEntity(
        "/engine-rest/task/" + qualify.getId() + "/complete", Map.of("variables", Map.of(
            "qualificationDecision", Map.of("value", "CORRECT"),
            "correction", Map.of("type", "Json", "value",
                "{\"stage\": \"WON\", \"reason\": \"because\"}"))), String.class);

    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().get("errors").findValuesAsText("field")).contains("reason");
    assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(negative.getBody().get("errors").findValuesAsText("field"))
        .contains("annualRevenue");
    assertThat(foreignField.getStatusCode()).as(foreignField.getBody())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(foreignField.getBody()).contains("stage");
    assertThat(qualifyLead(lead).getId()).isEqualTo(qualify.getId());
    assertThat(runtime.getVariables(lead.getId())).isEqualTo(before);
    assertThat(rita().getForObject("/api/leads/" + leadId(lead) + "/corrections", JsonNode.class))
        .isEmpty();
  }

  @Test
  void aCorrectedCountryMustBeOneWeServeOnEveryPath() {
    ProcessInstance lead = ritasLead();
    Task qualify = qualifyLead(lead);
    Map<String, Object> before = runtime.getVariables(lead.getId());

    ResponseEntity<JsonNode> overApi = rita().postForEntity(
        "/api/leads/" + leadId(lead) + "/corrections",
        Map.of("country", "BR", "reason", "The buyer sits in Sao Paulo"), JsonNode.class);
    ResponseEntity<JsonNode> inQualifyLead = rita().postForEntity(
        "/engine-rest/task/" + qualify.getId() + "/complete", Map.of("variables", Map.of(
            "qualificationDecision", Map.of("value", "CORRECT"),
            "correction", Map.of("type", "Json", "value",
                "{\"country\": \"XX\", \"reason\": \"typo\"}"))), JsonNode.class);

    assertThat(overApi.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(overApi.getBody().get("errors").findValuesAsText("field"))
        .containsExactly("country");
    assertThat(overApi.getBody().get("errors").get(0).get("message").asText())
        .contains("a country we serve");
    assertThat(inQualifyLead.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(inQualifyLead.getBody().get("message").asText())
        .contains("country must be the ISO code of a country we serve");
    assertThat(qualifyLead(lead).getId()).isEqualTo(qualify.getId());
    assertThat(runtime.getVariables(lead.getId())).isEqualTo(before);

    ResponseEntity<JsonNode> uk = rita().postForEntity(
        "/api/leads/" + leadId(lead) + "/corrections",
        Map.of("country", "UK", "reason", "The buyer is the London office"), JsonNode.class);
    assertThat(uk.getStatusCode()).as(String.valueOf(uk.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(runtime.getVariable(lead.getId(), "country")).isEqualTo("GB");
  }

  @Test
  void aLeadWithoutConfirmedInterestIsNotQualifiedOverTheEngineApi() {
    ProcessInstance lead = ritasLead();
    Task qualify = qualifyLead(lead);
    Map<String, Object> before = runtime.getVariables(lead.getId());

    ResponseEntity<JsonNode> refused = rita().postForEntity(
        "/engine-rest/task/" + qualify.getId() + "/complete", Map.of("variables", Map.of(
            "qualificationDecision", Map.of("value", "QUALIFY"))), JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText())
        .contains("A lead is qualified only with confirmed interest");
    assertThat(qualifyLead(lead).getId()).isEqualTo(qualify.getId());
    assertThat(runtime.getVariables(lead.getId())).isEqualTo(before);
  }

  @Test
  void aCorrectedNumberItsVariableCannotHoldIsRefusedNotCutDown() {
    ProcessInstance lead = ritasLead();
    Task qualify = qualifyLead(lead);
    Map<String, Object> before = runtime.getVariables(lead.getId());

    ResponseEntity<JsonNode> refused = rita().postForEntity(
        "/engine-rest/task/" + qualify.getId() + "/complete", Map.of("variables", Map.of(
            "qualificationDecision", Map.of("value", "CORRECT"),
            "correction", Map.of("type", "Json", "value", "{\"employees\": 99999999999, "
                + "\"yearsInBusiness\": 8.5, \"annualRevenue\": 1e400, \"reason\": \"typo\"}"))),
        JsonNode.class);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").asText()).contains("employees must be")
        .contains("yearsInBusiness must be").contains("annualRevenue must be");
    assertThat(runtime.getVariables(lead.getId())).isEqualTo(before);
  }

  @Test
  void aLeadPastQualifyLeadIsNotCorrectedAndAColleaguesLeadIsNotFound() {
    ProcessInstance lead = ritasLead();
    tasks.complete(qualifyLead(lead).getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));

    ResponseEntity<JsonNode> late = rita().postForEntity(
        "/api/leads/" + leadId(lead) + "/corrections",
        Map.of("employees", 10, "reason", "counted again"), JsonNode.class);
    ResponseEntity<JsonNode> colleague = http.withBasicAuth("ray-corrects", PASSWORD)
        .postForEntity("/api/leads/" + leadId(lead) + "/corrections",
            Map.of("employees", 10, "reason", "counted again"), JsonNode.class);

    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(late.getBody().get("detail").asText()).contains("Qualify lead");
    assertThat(colleague.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(runtime.getVariable(lead.getId(), "employees")).isEqualTo(120);
  }

  /** A lead rita owns: she claimed its "Qualify lead". */
  private ProcessInstance ritasLead() {
    ProcessInstance lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    tasks.claim(qualifyLead(lead).getId(), "rita-corrects");
    return lead;
  }

  private Task qualifyLead(ProcessInstance lead) {
    return tasks.createTaskQuery().processInstanceId(lead.getId())
        .taskDefinitionKey("Task_QualifyLead").singleResult();
  }

  private String businessKey(ProcessInstance lead) {
    return runtime.createProcessInstanceQuery().processInstanceId(lead.getId()).singleResult()
        .getBusinessKey();
  }

  private String leadId(ProcessInstance lead) {
    return (String) runtime.getVariable(lead.getId(), "leadId");
  }

  private TestRestTemplate rita() {
    return http.withBasicAuth("rita-corrects", PASSWORD);
  }
}
