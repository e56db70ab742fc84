package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.board.BoardLeads;
import org.salescycle.events.LeadEvents;
import org.salescycle.identity.TestUsers;
import org.salescycle.integrity.EngineSurface;
import org.salescycle.process.Evaluation;
import org.salescycle.process.Leads;
import org.salescycle.quote.QuoteInputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The lead API over real HTTP against the running application: creating, finding, events,
 * idempotency under parallel requests, every error class and who may do what.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeadApiTest {

  static final String PASSWORD = "secret";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;
  @Autowired LeadEvents events;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-api", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "ray-api", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "mia-api", PASSWORD, "sales-managers");
    TestUsers.ensure(identity, "webform-api", PASSWORD, "lead-sources");
    TestUsers.ensure(identity, "esign-api", PASSWORD, "lead-sources");
    TestUsers.ensure(identity, "outsider-api", PASSWORD);
    TestUsers.ensure(identity, "wrong-password-api", PASSWORD, "sales-managers");
  }

  // ---- creating leads

  @Test
  void aNewLeadIsStoredNumberedAndItsSalesCycleStartedWithItsNumberAndCompanyAsBusinessKey() {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("phone", "+48 600 100 200");
    lead.put("source", "web-form");
    lead.put("country", "pl");

    ResponseEntity<JsonNode> created = post("webform-api", "/api/leads", lead);

    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = created.getBody();
    String id = body.get("id").asText();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/leads/" + id);
    assertThat(body.get("status").asText()).isEqualTo("OPEN");
    assertThat(body.get("stage").asText()).isEqualTo("QUALIFYING");
    assertThat(body.get("country").asText()).isEqualTo("PL");
    assertThat(body.get("phone").asText()).isEqualTo("+48 600 100 200");
    assertThat(body.get("createdBy").asText()).isEqualTo("webform-api");
    assertThat(body.get("openTasks")).hasSize(1);
    assertThat(body.get("openTasks").get(0).get("taskKey").asText()).isEqualTo("Task_QualifyLead");
    assertThat(body.get("timeline").findValuesAsText("stage")).containsExactly("LEAD", "QUALIFYING");

    String number = body.get("number").asText();
    assertThat(number).matches("L-\\d{4}-\\d{5}");
    ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(number + " " + lead.get("companyName")).singleResult();
    assertThat(instance.getId()).isEqualTo(body.get("processInstanceId").asText());
    assertThat(get("mia-api", "/api/leads/" + id).getBody().get("number").asText())
        .isEqualTo(number);
    JsonNode listed = get("mia-api", "/api/leads?q="
        + lead.get("companyName").toString().split(" ")[0]).getBody();
    assertThat(listed.findValuesAsText("number")).containsExactly(number);
    Map<String, Object> variables = runtime.getVariables(instance.getId());
    assertThat(variables).containsEntry("leadId", id).containsEntry("country", "PL")
        .containsEntry("companyName", lead.get("companyName"))
        .doesNotContainKeys("phone", "source");
  }

  @Test
  void invalidFieldsAreEachNamedAndNothingIsCreated() {
    long leadsBefore = leadRows();
    long instancesBefore = runtime.createProcessInstanceQuery().count();
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("contactEmail", "not-an-address");
    lead.put("country", "Poland");
    lead.remove("budgetConfirmed");

    ResponseEntity<JsonNode> refused = post("rita-api", "/api/leads", lead);

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("contactEmail", "country", "budgetConfirmed");
    assertThat(leadRows()).isEqualTo(leadsBefore);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void aCountryWeDoNotServeIsRefusedNamingTheFieldAndTheUkIsTakenAsGb() {
    long leadsBefore = leadRows();
    for (String country : List.of("BR", "XX", "United Kingdom")) {
      ResponseEntity<JsonNode> refused = post("rita-api", "/api/leads",
          Leads.with(Leads.qualifiedLead(), "country", country));
      assertProblem(refused, HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors")).hasSize(1);
      assertThat(refused.getBody().get("errors").get(0).get("field").asText())
          .isEqualTo("country");
      assertThat(refused.getBody().get("errors").get(0).get("message").asText())
          .startsWith("must be the ISO code of a country we serve").contains("Poland (PL)");
    }
    assertThat(leadRows()).isEqualTo(leadsBefore);

    ResponseEntity<JsonNode> created = post("rita-api", "/api/leads",
        Leads.with(Leads.qualifiedLead(), "country", "uk"));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody().get("country").asText()).isEqualTo("GB");
    assertThat(runtime.getVariable(created.getBody().get("processInstanceId").asText(), "country"))
        .isEqualTo("GB");
  }

  // ---- never twice

  @Test
  void aRepeatedIdempotencyKeyAnswersWithTheFirstLeadAndADifferentBodyIsRefused() {
    Map<String, Object> lead = Leads.qualifiedLead();
    ResponseEntity<JsonNode> first = post("webform-api", "/api/leads", lead, "form-4711");
    ResponseEntity<JsonNode> repeat = post("webform-api", "/api/leads", lead, "form-4711");

    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(repeat.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(repeat.getBody().get("id")).isEqualTo(first.getBody().get("id"));
    assertThat(repeat.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());

    ResponseEntity<JsonNode> reused =
        post("webform-api", "/api/leads", Leads.qualifiedLead(), "form-4711");
    assertProblem(reused, HttpStatus.CONFLICT);
    assertThat(reused.getBody().get("detail").asText()).contains("form-4711");
    assertThat(reused.getBody().get("leadId")).isEqualTo(first.getBody().get("id"));

    ResponseEntity<JsonNode> tooLong =
        post("webform-api", "/api/leads", Leads.qualifiedLead(), "k".repeat(256));
    assertProblem(tooLong, HttpStatus.BAD_REQUEST);
    assertThat(tooLong.getBody().get("errors").get(0).get("field").asText())
        .isEqualTo("Idempotency-Key");
  }

  @Test
  void aSecondLeadWithAnOpenLeadsEmailIsRefusedUntilThatLeadIsClosed() {
    Map<String, Object> lead = Leads.qualifiedLead();
    String firstId = post("rita-api", "/api/leads", lead).getBody().get("id").asText();

    Map<String, Object> again = Leads.qualifiedLead();
    again.put("contactEmail", lead.get("contactEmail").toString().toUpperCase());
    ResponseEntity<JsonNode> duplicate = post("ray-api", "/api/leads", again);

    assertProblem(duplicate, HttpStatus.CONFLICT);
    assertThat(duplicate.getBody().get("leadId").asText()).isEqualTo(firstId);
    assertThat(duplicate.getHeaders().getLocation()).hasToString("/api/leads/" + firstId);

    assertThat(post("rita-api", "/api/leads/" + firstId + "/events/withdrawn", Map.of())
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(post("ray-api", "/api/leads", again).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void twentyIdenticalParallelRequestsCreateExactlyOneLeadAndOneInstance() throws Exception {
    Map<String, Object> withKey = Leads.qualifiedLead();
    List<ResponseEntity<JsonNode>> keyed = inParallel(20, () -> post("webform-api", "/api/leads",
        withKey, "parallel-key"));
    assertThat(statuses(keyed)).containsOnly(HttpStatus.CREATED, HttpStatus.OK)
        .containsOnlyOnce(HttpStatus.CREATED);
    assertThat(keyed.stream().map(r -> r.getBody().get("id").asText()).distinct()).hasSize(1);
    assertExactlyOneLeadFor(withKey);

    Map<String, Object> withoutKey = Leads.qualifiedLead();
    List<ResponseEntity<JsonNode>> plain = inParallel(20, () -> post("rita-api", "/api/leads",
        withoutKey));
    assertThat(statuses(plain)).containsOnly(HttpStatus.CREATED, HttpStatus.CONFLICT)
        .containsOnlyOnce(HttpStatus.CREATED);
    String createdId = plain.stream().filter(r -> r.getStatusCode() == HttpStatus.CREATED)
        .findFirst().orElseThrow().getBody().get("id").asText();
    assertThat(plain.stream().filter(r -> r.getStatusCode() == HttpStatus.CONFLICT)
        .map(r -> r.getBody().get("leadId").asText())).containsOnly(createdId);
    assertExactlyOneLeadFor(withoutKey);
  }

  // ---- finding leads

  @Test
  void searchPagesFiltersAndShowsEachRoleOnlyItsLeads() {
    String marker = "search-" + System.nanoTime();
    String unowned = createLead("webform-api", marker, "Unowned");
    String ritas = createLead("webform-api", marker, "Ritas");
    String rays = createLead("rita-api", marker, "Rays");
    claimQualifyLead(ritas, "rita-api");
    claimQualifyLead(rays, "ray-api");

    assertThat(ids(get("mia-api", "/api/leads?q=" + marker))).containsExactly(rays, ritas, unowned);
    assertThat(ids(get("rita-api", "/api/leads?q=" + marker))).containsExactly(ritas, unowned);
    assertThat(ids(get("ray-api", "/api/leads?q=" + marker))).containsExactly(rays, unowned);
    assertThat(ids(get("webform-api", "/api/leads?q=" + marker))).containsExactly(ritas, unowned);
    assertThat(ids(get("mia-api", "/api/leads?owner=rita-api&q=" + marker))).containsExactly(ritas);
    assertThat(ids(get("mia-api", "/api/leads?stage=QUALIFYING&q=" + marker.toUpperCase())))
        .hasSize(3);
    assertThat(ids(get("mia-api", "/api/leads?stage=WON&q=" + marker))).isEmpty();

    JsonNode firstPage = get("mia-api", "/api/leads?size=2&page=0&q=" + marker).getBody();
    assertThat(firstPage.get("totalElements").asLong()).isEqualTo(3);
    assertThat(firstPage.get("totalPages").asLong()).isEqualTo(2);
    assertThat(ids(get("mia-api", "/api/leads?size=2&page=1&q=" + marker))).containsExactly(unowned);

    ResponseEntity<JsonNode> invalid = get("mia-api", "/api/leads?stage=ASLEEP&page=-1&size=0");
    assertProblem(invalid, HttpStatus.BAD_REQUEST);
    assertThat(invalid.getBody().get("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("stage", "page", "size");
    assertProblem(get("mia-api", "/api/leads?page=first"), HttpStatus.BAD_REQUEST);
  }

  @Test
  void aLeadShowsItsDataTasksAndTimelineToThoseWhoMaySeeIt() {
    String id = createLead("webform-api", "details-" + System.nanoTime(), "Details");
    claimQualifyLead(id, "rita-api");

    JsonNode lead = get("rita-api", "/api/leads/" + id).getBody();
    assertThat(lead.get("owner").asText()).isEqualTo("rita-api");
    assertThat(lead.get("openTasks").get(0).get("assignee").asText()).isEqualTo("rita-api");
    assertThat(lead.get("timeline").get(0).get("activityId").asText())
        .isEqualTo("StartEvent_LeadReceived");

    // A manager's review, as an overdue step starts one: both tasks, oldest first.
    runtime.createProcessInstanceModification(instanceOf(id))
        .startBeforeActivity("Task_ReviewStalledProspect").execute();
    JsonNode withReview = get("rita-api", "/api/leads/" + id).getBody();
    assertThat(withReview.get("openTasks").findValuesAsText("taskKey"))
        .containsExactly("Task_QualifyLead", "Task_ReviewStalledProspect");
    assertThat(withReview.get("openTasks").get(1).get("assignee").isNull()).isTrue();

    assertThat(get("mia-api", "/api/leads/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get("webform-api", "/api/leads/" + id).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertProblem(get("ray-api", "/api/leads/" + id), HttpStatus.NOT_FOUND);
    assertProblem(get("esign-api", "/api/leads/" + id), HttpStatus.NOT_FOUND);
    assertProblem(get("mia-api", "/api/leads/no-such-lead"), HttpStatus.NOT_FOUND);
  }

  // ---- events

  @Test
  void withdrawalEndsTheLeadAsLostAndASecondOneDoesNotFit() {
    String id = createLead("rita-api", "withdraw-" + System.nanoTime(), "Withdraw");

    ResponseEntity<JsonNode> withdrawn = post("rita-api", "/api/leads/" + id + "/events/withdrawn",
        Map.of("reason", "Chose a competitor"));

    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody().get("stage").asText()).isEqualTo("LOST");
    assertThat(withdrawn.getBody().get("open").asBoolean()).isFalse();
    JsonNode lead = get("rita-api", "/api/leads/" + id).getBody();
    assertThat(lead.get("status").asText()).isEqualTo("CLOSED");
    assertThat(lead.get("openTasks")).isEmpty();
    JsonNode last = lead.get("timeline").get(lead.get("timeline").size() - 1);
    assertThat(last.get("reason").asText()).isEqualTo("WITHDREW");
    assertThat(last.get("enteredBy").asText()).isEqualTo("rita-api");

    ResponseEntity<JsonNode> again =
        post("rita-api", "/api/leads/" + id + "/events/withdrawn", Map.of());
    assertProblem(again, HttpStatus.CONFLICT);
    assertThat(again.getBody().get("detail").asText()).contains("closed");
    assertProblem(post("rita-api", "/api/leads/unknown/events/withdrawn", Map.of()),
        HttpStatus.NOT_FOUND);
  }

  @Test
  void quoteAcceptedFitsOnlyWhileASentQuoteWaitsForTheCustomer() {
    String id = createLead("webform-api", "accept-" + System.nanoTime(), "Accept");

    ResponseEntity<JsonNode> early = post("esign-api", "/api/leads/" + id + "/events/quote-accepted",
        Map.of());
    assertProblem(early, HttpStatus.CONFLICT);
    assertThat(early.getBody().get("detail").asText())
        .contains("no quote is waiting").contains("QUALIFYING");

    String instance = instanceOf(id);
    complete(instance, "Task_QualifyLead", Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    complete(instance, "Task_HoldDiscoveryDialogue", Map.of("dialogueOutcome", "PROSPECT"));
    Evaluation.pass(management, tasks, instance);
    complete(instance, "Task_PrepareQuote", QuoteInputs.worth(40_000, 0));
    executeJobs(instance);
    assertThat(tasks.createTaskQuery().processInstanceId(instance).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_RecordCustomerDecision");

    ResponseEntity<JsonNode> accepted =
        post("esign-api", "/api/leads/" + id + "/events/quote-accepted", Map.of());
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance)
        .activityIdIn("Task_ConvertToCustomer").count()).isEqualTo(1);
    assertProblem(post("esign-api", "/api/leads/" + id + "/events/quote-accepted", Map.of()),
        HttpStatus.CONFLICT);
  }

  @Test
  void raisedUrgencyHurriesTheOpenTasksAndTheOnesThatFollow() {
    String id = createLead("rita-api", "urgent-" + System.nanoTime(), "Urgent");
    String instance = instanceOf(id);
    Task qualify = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(qualify.getPriority()).isEqualTo(50);

    ResponseEntity<JsonNode> raised = post("rita-api", "/api/leads/" + id + "/events/urgency-raised",
        Map.of("reason", "Board meets on Friday"));

    assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.OK);
    Task hurried = tasks.createTaskQuery().taskId(qualify.getId()).singleResult();
    assertThat(hurried.getPriority()).isEqualTo(80);
    assertThat(hurried.getDueDate()).isBefore(qualify.getDueDate())
        .isBeforeOrEqualTo(Instant.now().plus(Duration.ofDays(1)).plusSeconds(5));
    assertThat(runtime.getVariable(instance, "urgencyReason")).isEqualTo("Board meets on Friday");
    assertThat(get("rita-api", "/api/leads/" + id).getBody().get("urgent").asBoolean()).isTrue();

    complete(instance, "Task_QualifyLead", Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    Task next = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    assertThat(next.getTaskDefinitionKey()).isEqualTo("Task_HoldDiscoveryDialogue");
    assertThat(next.getPriority()).isEqualTo(80);
    assertThat(next.getDueDate())
        .isBeforeOrEqualTo(Instant.now().plus(Duration.ofDays(1)).plusSeconds(5));
  }

  // ---- who may do what

  @Test
  void everyEndpointNeedsCredentialsAndAGroupOfTheSalesOrganisation() {
    List<String> paths = List.of("/api/leads", "/api/leads/x", "/v3/api-docs", "/swagger-ui.html");
    for (String path : paths) {
      assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
      // Not a real user's name: the engine delays the logins of a user after failed attempts.
      assertThat(http.withBasicAuth("wrong-password-api", "wrong").getForEntity(path, String.class)
          .getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(http.postForEntity("/api/leads", Leads.qualifiedLead(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    assertProblem(get("outsider-api", "/api/leads"), HttpStatus.FORBIDDEN);
    assertProblem(post("outsider-api", "/api/leads", Leads.qualifiedLead()), HttpStatus.FORBIDDEN);
    assertProblem(post("outsider-api", "/api/leads/x/events/withdrawn", Map.of()),
        HttpStatus.FORBIDDEN);

    ResponseEntity<String> docs = http.withBasicAuth("mia-api", PASSWORD)
        .getForEntity("/v3/api-docs", String.class);
    assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(docs.getBody()).contains("/api/leads/{id}/events/quote-accepted")
        .contains("/api/leads/import").contains("Idempotency-Key");
  }

  @Test
  void repsActOnlyOnLeadsTheyMaySeeAndLeadSourcesSendEventsWithoutReadingLeads() {
    String id = createLead("webform-api", "events-" + System.nanoTime(), "Events");
    claimQualifyLead(id, "rita-api");

    assertProblem(post("ray-api", "/api/leads/" + id + "/events/withdrawn", Map.of()),
        HttpStatus.NOT_FOUND);
    assertProblem(post("ray-api", "/api/leads/" + id + "/events/urgency-raised", Map.of()),
        HttpStatus.NOT_FOUND);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("leadId", id).count())
        .isEqualTo(1);

    assertProblem(get("esign-api", "/api/leads/" + id), HttpStatus.NOT_FOUND);
    ResponseEntity<JsonNode> urgent =
        post("esign-api", "/api/leads/" + id + "/events/urgency-raised", Map.of());
    assertThat(urgent.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(urgent.getBody().fieldNames()).toIterable()
        .containsExactlyInAnyOrder("leadId", "event", "stage", "open");
  }

  // ---- the rep's board

  @Test
  void aRepsBoardShowsHerOpenLeadsByStageInWordsAndNoColleaguesLeads() {
    TestUsers.ensure(identity, "rita-board", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "ray-board", PASSWORD, "sales-reps");
    BoardLeads.BoardLead qualifying =
        boardLeads().qualifying("rita-board", "Kowalski Logistics", 12_300.5, 3);
    BoardLeads.BoardLead evaluating =
        boardLeads().evaluating("rita-board", "Nordwind Energie", 250_000, 6);
    boardLeads().urgent("rita-board", evaluating);
    BoardLeads.BoardLead proposal =
        boardLeads().proposal("rita-board", "Baltic Freight", 48_000, 1);
    BoardLeads.BoardLead colleagues =
        boardLeads().qualifying("ray-board", "Someone Else's Lead", 9_000, 2);

    ResponseEntity<JsonNode> answer = get("rita-board", "/api/board");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode board = answer.getBody();
    assertThat(board.get("rep").asText()).isEqualTo("rita-board");
    assertThat(board.get("reps")).as("a rep chooses no other board").isEmpty();
    assertThat(board.get("columns").findValuesAsText("label")).containsExactly(
        "Lead", "Qualifying", "Nurture", "Prospect", "Evaluation", "Proposal");
    assertThat(board.get("columns").findValuesAsText("stage")).containsExactly(
        "LEAD", "QUALIFYING", "NURTURE", "PROSPECT", "EVALUATION", "PROPOSAL");
    assertThat(board.toString()).doesNotContain(colleagues.leadId(), "Someone Else");

    JsonNode qualifyingColumn = column(board, "QUALIFYING");
    assertThat(qualifyingColumn.get("count").asInt()).isEqualTo(1);
    assertThat(qualifyingColumn.get("totalValue").asText()).isEqualTo("12,300.50 EUR");
    JsonNode card = qualifyingColumn.get("cards").get(0);
    assertThat(card.get("leadId").asText()).isEqualTo(qualifying.leadId());
    assertThat(card.get("companyName").asText()).isEqualTo("Kowalski Logistics");
    assertThat(card.get("dealValueText").asText()).isEqualTo("12,300.50 EUR");
    assertThat(card.get("daysInStage").asInt()).isEqualTo(3);
    assertThat(card.get("urgent").asBoolean()).isFalse();
    assertThat(card.get("task").get("id").asText()).isEqualTo(qualifying.task().getId());
    assertThat(card.get("task").get("name").asText()).isEqualTo("Qualify lead");

    JsonNode evaluationCard = column(board, "EVALUATION").get("cards").get(0);
    assertThat(evaluationCard.get("companyName").asText()).isEqualTo("Nordwind Energie");
    assertThat(evaluationCard.get("dealValueText").asText()).isEqualTo("250,000.00 EUR");
    assertThat(evaluationCard.get("daysInStage").asInt()).isEqualTo(6);
    assertThat(evaluationCard.get("urgent").asBoolean()).isTrue();
    assertThat(evaluationCard.get("task").get("name").asText())
        .as("opened for her, the lead's owner").isEqualTo("Schedule product demo");

    JsonNode proposalCard = column(board, "PROPOSAL").get("cards").get(0);
    assertThat(proposalCard.get("leadId").asText()).isEqualTo(proposal.leadId());
    assertThat(proposalCard.get("daysInStage").asInt()).isEqualTo(1);
    assertThat(column(board, "LEAD").get("cards")).isEmpty();
    assertThat(column(board, "LEAD").get("totalValue").asText()).isEqualTo("0.00 EUR");

    // A manager hands the demo to a colleague: the lead stays on her board, the task is no
    // longer hers.
    tasks.setAssignee(evaluating.task().getId(), "ray-board");
    JsonNode after = get("rita-board", "/api/board").getBody();
    assertThat(column(after, "EVALUATION").get("cards").get(0).get("task").isNull()).isTrue();
    assertThat(after.toString()).doesNotContain(evaluating.task().getId());
  }

  @Test
  void aRepAskingForAColleaguesBoardIsRefusedAndSeesNothingOfIt() {
    TestUsers.ensure(identity, "rita-hostile", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "ray-hostile", PASSWORD, "sales-reps");
    BoardLeads.BoardLead colleagues =
        boardLeads().qualifying("ray-hostile", "Confidential Holdings", 70_000, 1);

    for (String path : List.of("/api/board?rep=ray-hostile", "/api/board?rep=RAY-HOSTILE",
        "/api/board?rep=nobody-at-all")) {
      ResponseEntity<JsonNode> refused = get("rita-hostile", path);
      assertProblem(refused, HttpStatus.FORBIDDEN);
      assertThat(refused.getBody().toString()).doesNotContain("Confidential", colleagues.leadId());
    }
    assertProblem(get("webform-api", "/api/board"), HttpStatus.FORBIDDEN);
    assertProblem(get("outsider-api", "/api/board"), HttpStatus.FORBIDDEN);
    assertThat(http.getForEntity("/api/board", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get("rita-hostile", "/api/board").getBody().toString())
        .doesNotContain("Confidential");
  }

  @Test
  void aManagerChoosesTheRepWhoseBoardSheSees() {
    TestUsers.ensure(identity, "ray-managed", PASSWORD, "sales-reps");
    boardLeads().qualifying("ray-managed", "Managed Account", 15_000, 2);

    JsonNode board = get("mia-api", "/api/board?rep=ray-managed").getBody();

    assertThat(board.get("rep").asText()).isEqualTo("ray-managed");
    assertThat(column(board, "QUALIFYING").get("cards").findValuesAsText("companyName"))
        .containsExactly("Managed Account");
    assertThat(board.get("reps").findValuesAsText("id")).contains("ray-managed", "rita-api")
        .doesNotContain("mia-api", "webform-api");
    ResponseEntity<JsonNode> unknown = get("mia-api", "/api/board?rep=nobody-at-all");
    assertProblem(unknown, HttpStatus.BAD_REQUEST);
    assertThat(unknown.getBody().get("errors").findValuesAsText("field")).containsExactly("rep");
    assertThat(http.withBasicAuth("mia-api", PASSWORD).getForEntity("/v3/api-docs", String.class)
        .getBody()).as("described in the OpenAPI description").contains("\"/api/board\"");
  }

  @Test
  void theBoardReadsTheTasklistLoginOfTheRep() {
    TestUsers.ensure(identity, "rita-session", PASSWORD, "sales-reps");
    boardLeads().proposal("rita-session", "Session Works AG", 31_000, 4);
    EngineSurface tasklist = EngineSurface.tasklist(http.getRootUri(), "rita-session", PASSWORD);

    EngineSurface.Answer answer = tasklist.getFromApplication("/api/board");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("rep").asText()).isEqualTo("rita-session");
    assertThat(column(answer.json(), "PROPOSAL").get("cards").findValuesAsText("companyName"))
        .containsExactly("Session Works AG");
    assertThat(tasklist.getFromApplication("/api/board?rep=rita-api").status()).isEqualTo(403);
  }

  private BoardLeads boardLeads() {
    return new BoardLeads(runtime, tasks, management, events);
  }

  private static JsonNode column(JsonNode board, String stage) {
    for (JsonNode column : board.get("columns")) {
      if (column.get("stage").asText().equals(stage)) {
        return column;
      }
    }
    throw new AssertionError("No column " + stage + " in " + board);
  }

  // ---- helpers

  private String createLead(String user, String marker, String company) {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put("companyName", company + " " + marker);
    ResponseEntity<JsonNode> created = post(user, "/api/leads", lead);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asText();
  }

  private void claimQualifyLead(String leadId, String user) {
    Task task = tasks.createTaskQuery().processVariableValueEquals("leadId", leadId)
        .taskDefinitionKey("Task_QualifyLead").singleResult();
    tasks.claim(task.getId(), user);
  }

  private String instanceOf(String leadId) {
    return runtime.createProcessInstanceQuery().variableValueEquals("leadId", leadId)
        .singleResult().getId();
  }

  private void complete(String instance, String taskKey, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as("open task " + taskKey).isNotNull();
    tasks.complete(task.getId(), variables);
  }

  private void executeJobs(String instance) {
    management.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
  }

  private void assertExactlyOneLeadFor(Map<String, Object> lead) {
    String email = lead.get("contactEmail").toString();
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where contact_email = ?",
        Long.class, email)).isEqualTo(1);
    String id = jdbc.queryForObject("select id from sales_lead where contact_email = ?",
        String.class, email);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("leadId", id).count())
        .isEqualTo(1);
    assertThat(runtime.createProcessInstanceQuery().variableValueEquals("contactEmail", email)
        .count()).as("the contact lives in the lead row only").isZero();
  }

  private long leadRows() {
    return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
  }

  private static List<String> ids(ResponseEntity<JsonNode> page) {
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    return page.getBody().get("content").findValuesAsText("id");
  }

  private static List<HttpStatus> statuses(List<ResponseEntity<JsonNode>> responses) {
    return responses.stream().map(r -> HttpStatus.valueOf(r.getStatusCode().value())).toList();
  }

  private static <T> List<T> inParallel(int count, Callable<T> request) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(count);
    try {
      List<Callable<T>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        calls.add(request);
      }
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(calls)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  ResponseEntity<JsonNode> get(String user, String path) {
    return send(user, HttpMethod.GET, path, null, null);
  }

  ResponseEntity<JsonNode> post(String user, String path, Object body) {
    return post(user, path, body, null);
  }

  ResponseEntity<JsonNode> post(String user, String path, Object body, String idempotencyKey) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (idempotencyKey != null) {
      headers.set("Idempotency-Key", idempotencyKey);
    }
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  ResponseEntity<JsonNode> send(String user, HttpMethod method, String path, String body,
      MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }
}
