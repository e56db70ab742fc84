package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.IDN;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.intake.CsvUpload;
import org.salescycle.process.Leads;
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
 * One mailbox, one open lead: e-mail addresses that reach the same mailbox, however written (case,
 * spaces and invisible characters around them, the domain's trailing dot, an internationalised
 * domain in Unicode or punycode), are one contact on every way a lead arrives, and the company
 * domain check sees one company in them.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OneMailboxOneOpenLeadTest {

  static final String PASSWORD = "secret";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-mailbox", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "webform-mailbox", PASSWORD, "lead-sources");
  }

  @Test
  void anAddressWrittenAnotherWayIsTheSameContactOnEveryWayALeadArrives() {
    String domain = "bücher-" + UUID.randomUUID().toString().substring(0, 8) + ".de";
    String punycode = IDN.toASCII(domain);
    Map<String, Object> lead = lead("\uFEFF Anna.Nowak@" + domain + ".\u00A0");

    ResponseEntity<JsonNode> first = post("webform-mailbox", lead);

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String firstId = first.getBody().get("id").asText();
    assertThat(first.getBody().get("contactEmail").asText())
        .as("kept as written, without what cannot belong to it")
        .isEqualTo("Anna.Nowak@" + domain);
    assertThat(jdbc.queryForObject("select contact_email from sales_lead where id = ?",
        String.class, firstId)).as("stored in the lead row, the only place it lives")
        .isEqualTo("Anna.Nowak@" + domain);

    ResponseEntity<JsonNode> again = post("webform-mailbox",
        lead("anna.nowak\u200B@" + punycode.toUpperCase() + "."));
    assertProblem(again, HttpStatus.CONFLICT);
    assertThat(again.getBody().get("leadId").asText()).isEqualTo(firstId);

    JsonNode imported = upload("contactEmail,companyName,country,annualRevenue,employees,"
        + "yearsInBusiness,estimatedDealValue,needLevel,budgetConfirmed,decisionMaker,"
        + "purchaseTimelineMonths\n"
        + "\"\u00A0ANNA.NOWAK@" + punycode + "\",Acme,PL,5000000,120,8,40000,HIGH,yes,yes,3\n");
    assertThat(imported.get("results").get(0).get("outcome").asText()).isEqualTo("DUPLICATE");
    assertThat(imported.get("results").get(0).get("leadId").asText()).isEqualTo(firstId);

    String started = startOverEngineRest("rita-mailbox", "Anna.Nowak@" + punycode + ".");
    assertThat(closedAsDuplicate(started)).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where open_email is not null"
        + " and company_domain = ?", Long.class, domain)).isEqualTo(1);
  }

  @Test
  void aColleagueAtTheSameInternationalisedDomainIsADuplicateOfTheOpenLead() {
    String domain = "żabka-" + UUID.randomUUID().toString().substring(0, 8) + ".pl";
    ResponseEntity<JsonNode> first = post("webform-mailbox", lead("anna@" + domain));
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<JsonNode> colleague = post("webform-mailbox",
        lead("jan@" + IDN.toASCII(domain).toUpperCase() + "."));

    assertThat(colleague.getStatusCode()).as("another mailbox").isEqualTo(HttpStatus.CREATED);
    String instance = colleague.getBody().get("processInstanceId").asText();
    assertThat(closedAsDuplicate(instance)).as("the same company").isTrue();
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("companyDomain").singleResult().getValue()).isEqualTo(domain);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableName("duplicateOf").singleResult().getValue())
        .isEqualTo(first.getBody().get("processInstanceId").asText());
  }

  // ---- helpers

  private static Map<String, Object> lead(String email) {
    return Leads.with(Leads.qualifiedLead(), "contactEmail", email);
  }

  private boolean closedAsDuplicate(String processInstanceId) {
    return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
        .finished().count() == 1
        && Boolean.TRUE.equals(history.createHistoricVariableInstanceQuery()
            .processInstanceId(processInstanceId).variableName("duplicateLead").singleResult()
            .getValue());
  }

  /** Starts a lead as Tasklist and other engine clients do; answers its process instance id. */
  private String startOverEngineRest(String user, String email) {
    Map<String, Object> variables = new LinkedHashMap<>();
    lead(email).forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<JsonNode> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/sales-cycle/start",
        Map.of("variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    return started.getBody().get("id").asText();
  }

  private ResponseEntity<JsonNode> post(String user, Map<String, Object> lead) {
    return http.withBasicAuth(user, PASSWORD).postForEntity("/api/leads", lead, JsonNode.class);
  }

  private JsonNode upload(String csv) {
    ResponseEntity<JsonNode> response = http.withBasicAuth("webform-mailbox", PASSWORD)
        .exchange("/api/leads/import", HttpMethod.POST, CsvUpload.of("leads.csv", csv),
            JsonNode.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

}
