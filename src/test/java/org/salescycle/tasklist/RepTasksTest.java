package org.salescycle.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.lead.LeadOnTasks;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A rep's tasks over real HTTP: every task says which lead it is, readable with the task alone
 * (reps still read no process instance), and stays right while the lead changes; a rep's lead
 * stays hers, its next steps opening assigned to her; a manager reassigns a lead with its open
 * steps in one request, which nobody else can do by any path.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RepTasksTest {

  static final String PASSWORD = "rep-tasks-password";
  static final String RITA = "rita-tasks";
  static final String RAY = "ray-tasks";
  static final String MIA = "mia-tasks";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired ManagementService management;
  @Autowired AuthorizationService authorizations;
  @LocalServerPort int port;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, RITA, PASSWORD, "sales-reps");
    TestUsers.ensure(identity, RAY, PASSWORD, "sales-reps");
    TestUsers.ensure(identity, MIA, PASSWORD, "sales-managers");
    TestUsers.ensure(identity, "webform-tasks", PASSWORD, "lead-sources");
  }

  // ---- every task says which lead it is

  @Test
  void everyTaskSaysWhichLeadItIsAndARepReadsItWithTheTaskAlone() {
    String company = "Globex " + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance lead = start(company);
    Task qualify = task(lead, "Task_QualifyLead");

    assertThat(tasks.getVariablesLocal(qualify.getId())).containsAllEntriesOf(Map.of(
        LeadOnTasks.COMPANY, company,
        LeadOnTasks.STAGE, "Qualifying",
        LeadOnTasks.VALUE, "120,000.00 EUR"));

    String queue = filters.createFilterQuery().filterName("Sales reps queue").singleResult().getId();
    JsonNode listed = halList(RITA, queue);
    JsonNode row = null;
    for (JsonNode task : listed.get("_embedded").get("task")) {
      if (task.get("id").asText().equals(qualify.getId())) {
        row = task;
      }
    }
    assertThat(row).as("the task in the rep's queue").isNotNull();
    Map<String, String> shown = new HashMap<>();
    row.get("_embedded").get("variable").forEach(variable ->
        shown.put(variable.get("name").asText(), variable.get("value").asText()));
    assertThat(shown).containsEntry("leadCompany", company).containsEntry("leadStage", "Qualifying")
        .containsEntry("leadValue", "120,000.00 EUR");

    assertThat(exchange(RITA, HttpMethod.GET,
        "/engine-rest/process-instance/" + lead.getId() + "/variables", null).getStatusCode())
        .as("reps still read no process instance").isEqualTo(HttpStatus.FORBIDDEN);

    String part = company.substring(7).toUpperCase();
    JsonNode found = exchange(RITA, HttpMethod.POST, "/engine-rest/task", Map.of(
        "taskVariables", List.of(Map.of("name", "leadCompany", "operator", "like",
            "value", "%" + part + "%")),
        "variableValuesIgnoreCase", true)).getBody();
    assertThat(found.findValuesAsText("id")).containsExactly(qualify.getId());
  }

  @Test
  void aTaskOpenWhileTheLeadsValueOrStageChangesSaysSo() {
    ProcessInstance lead = start("Initrode " + UUID.randomUUID().toString().substring(0, 8));
    Task qualify = task(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RITA);
    Job overdue = management.createJobQuery().processInstanceId(lead.getId())
        .activityId("BoundaryEvent_QualifyLeadOverdue").singleResult();
    management.executeJob(overdue.getId());
    Task review = task(lead, "Task_ReviewStalledProspect");
    assertThat(tasks.getVariableLocal(review.getId(), LeadOnTasks.VALUE)).isEqualTo("120,000.00 EUR");

    tasks.complete(qualify.getId(), Map.of("qualificationDecision", "CORRECT", "correction",
        "{\"estimatedDealValue\": 150000.5, \"reason\": \"Two sites\"}"));

    assertThat(tasks.getVariableLocal(review.getId(), LeadOnTasks.VALUE)).isEqualTo("150,000.50 EUR");
    Task again = task(lead, "Task_QualifyLead");
    assertThat(tasks.getVariableLocal(again.getId(), LeadOnTasks.VALUE)).isEqualTo("150,000.50 EUR");

    tasks.complete(again.getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.complete(task(lead, "Task_HoldDiscoveryDialogue").getId(),
        Map.of("dialogueOutcome", "PROSPECT"));

    assertThat(tasks.getVariableLocal(review.getId(), LeadOnTasks.STAGE)).isEqualTo("Evaluation");
    assertThat(tasks.getVariableLocal(task(lead, "Task_ScheduleProductDemo").getId(),
        LeadOnTasks.STAGE)).isEqualTo("Evaluation");
  }

  // ---- a rep's lead stays hers

  @Test
  void afterTheFirstClaimEachNextStepOpensAssignedToTheOwnerAndIsHersAlone() {
    ProcessInstance lead = start("Hooli " + UUID.randomUUID().toString().substring(0, 8));
    Task qualify = task(lead, "Task_QualifyLead");
    assertThat(qualify.getAssignee()).as("an unowned lead's first step is in the queue").isNull();

    assertThat(exchange(RITA, HttpMethod.POST, "/engine-rest/task/" + qualify.getId() + "/claim",
        Map.of("userId", RITA)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(exchange(RITA, HttpMethod.POST, "/engine-rest/task/" + qualify.getId() + "/complete",
        Map.of("variables", Map.of("qualificationDecision", Map.of("value", "QUALIFY"),
            "interestConfirmed", Map.of("value", true))))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Task dialogue = task(lead, "Task_HoldDiscoveryDialogue");
    assertThat(dialogue.getAssignee()).isEqualTo(RITA);
    assertThat(visibleTasks(RAY, lead)).as("not in a colleague's queue").isEmpty();
    assertThat(visibleTasks(RITA, lead)).containsExactly(dialogue.getId());
    String myTasks = filters.createFilterQuery().filterName("My tasks").singleResult().getId();
    assertThat(halList(RITA, myTasks).get("_embedded").get("task").findValuesAsText("id"))
        .contains(dialogue.getId());

    JsonNode timeline = lead(MIA, lead).get("timeline");
    JsonNode owner = ownerEntries(timeline).get(0);
    assertThat(owner.get("by").asText()).isEqualTo(RITA);
    assertThat(owner.get("from").isNull()).isTrue();
    assertThat(owner.get("to").asText()).isEqualTo(RITA);
    assertThat(timeline.findValuesAsText("type")).contains("STAGE", "OWNER");
  }

  @Test
  void anOwnerWhoLeftTheRepsGetsNoNewStepsTheyStayInTheQueue() {
    String leaver = "leaver-" + UUID.randomUUID().toString().substring(0, 6);
    TestUsers.ensure(identity, leaver, PASSWORD, "sales-reps");
    ProcessInstance lead = start("Vandelay " + UUID.randomUUID().toString().substring(0, 8));
    Task qualify = task(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), leaver);
    identity.deleteMembership(leaver, "sales-reps");

    tasks.complete(qualify.getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));

    Task dialogue = task(lead, "Task_HoldDiscoveryDialogue");
    assertThat(dialogue.getAssignee()).isNull();
    assertThat(visibleTasks(RAY, lead)).containsExactly(dialogue.getId());
  }

  @Test
  void aManagerReassignsALeadItsOpenStepsAndItsNextOnes() {
    ProcessInstance lead = ritasLeadAtTheDialogue();
    Task dialogue = task(lead, "Task_HoldDiscoveryDialogue");

    ResponseEntity<JsonNode> answer = exchange(MIA, HttpMethod.PUT,
        "/api/leads/" + leadId(lead) + "/owner", Map.of("owner", RAY));

    assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody().get("from").get("id").asText()).isEqualTo(RITA);
    assertThat(answer.getBody().get("to").get("id").asText()).isEqualTo(RAY);
    assertThat(answer.getBody().get("tasks").findValuesAsText("name"))
        .containsExactly("Hold discovery dialogue");
    assertThat(task(lead, "Task_HoldDiscoveryDialogue").getAssignee()).isEqualTo(RAY);
    assertThat(visibleTasks(RITA, lead)).as("the former owner's rights went with the task").isEmpty();
    assertThat(visibleTasks(RAY, lead)).containsExactly(dialogue.getId());
    JsonNode details = lead(MIA, lead);
    assertThat(details.get("owner").asText()).isEqualTo(RAY);
    JsonNode change = ownerEntries(details.get("timeline")).get(1);
    assertThat(change.get("by").asText()).isEqualTo(MIA);
    assertThat(change.get("from").asText()).isEqualTo(RITA);
    assertThat(change.get("to").asText()).isEqualTo(RAY);
    assertThat(change.get("at").asText()).isNotBlank();

    JsonNode owner = exchange(MIA, HttpMethod.GET,
        "/api/leads/" + leadId(lead) + "/owner", null).getBody();
    assertThat(owner.get("owner").get("id").asText()).isEqualTo(RAY);
    assertThat(owner.get("reps").findValuesAsText("id")).contains(RITA, RAY).doesNotContain(MIA);

    tasks.complete(dialogue.getId(), Map.of("dialogueOutcome", "PROSPECT"));
    assertThat(task(lead, "Task_ScheduleProductDemo").getAssignee()).isEqualTo(RAY);
  }

  @Test
  void theOpenApiDescriptionDescribesReassigning() {
    JsonNode owner = exchange(MIA, HttpMethod.GET, "/v3/api-docs", null).getBody()
        .get("paths").get("/api/leads/{id}/owner");
    assertThat(owner.get("put").get("summary").asText()).startsWith("Reassign the lead");
    assertThat(owner.get("put").get("responses").fieldNames()).toIterable()
        .contains("200", "400", "403", "404", "409");
    assertThat(owner.get("get")).isNotNull();
  }

  @Test
  void aReassignmentThatCannotBeIsRefusedAndChangesNothing() {
    ProcessInstance lead = ritasLeadAtTheDialogue();
    String path = "/api/leads/" + leadId(lead) + "/owner";

    assertOwnerRefused(exchange(MIA, HttpMethod.PUT, path, Map.of("owner", "nobody-" + UUID.randomUUID())),
        "no user");
    assertOwnerRefused(exchange(MIA, HttpMethod.PUT, path, Map.of("owner", MIA)), "not a sales rep");
    assertOwnerRefused(exchange(MIA, HttpMethod.PUT, path, Map.of("owner", " ")), "required");
    assertOwnerRefused(exchange(MIA, HttpMethod.PUT, path, Map.of()), "required");
    assertProblem(exchange(MIA, HttpMethod.PUT, "/api/leads/no-such-lead/owner",
        Map.of("owner", RAY)), HttpStatus.NOT_FOUND);
    assertUnchanged(lead);

    exchange(MIA, HttpMethod.POST, "/api/leads/" + leadId(lead) + "/events/withdrawn",
        Map.of("reason", "Chose a competitor"));
    ResponseEntity<JsonNode> closed = exchange(MIA, HttpMethod.PUT, path, Map.of("owner", RAY));
    assertProblem(closed, HttpStatus.CONFLICT);
    assertThat(lead(MIA, lead).get("owner").asText()).isEqualTo(RITA);
  }

  @Test
  void nobodyButAManagerReassignsALeadByAnyPath() throws Exception {
    ProcessInstance lead = ritasLeadAtTheDialogue();
    Task dialogue = task(lead, "Task_HoldDiscoveryDialogue");
    String path = "/api/leads/" + leadId(lead) + "/owner";

    assertProblem(exchange(RAY, HttpMethod.PUT, path, Map.of("owner", RAY)), HttpStatus.FORBIDDEN);
    assertProblem(exchange(RITA, HttpMethod.PUT, path, Map.of("owner", RAY)), HttpStatus.FORBIDDEN);
    assertProblem(exchange("webform-tasks", HttpMethod.PUT, path, Map.of("owner", RAY)),
        HttpStatus.FORBIDDEN);
    assertProblem(exchange(RITA, HttpMethod.GET, path, null), HttpStatus.FORBIDDEN);
    assertThat(exchange(RAY, HttpMethod.POST, "/engine-rest/task/" + dialogue.getId() + "/claim",
        Map.of("userId", RAY)).getStatusCode().is4xxClientError()).isTrue();
    assertThat(exchange(RAY, HttpMethod.POST, "/engine-rest/task/" + dialogue.getId() + "/assignee",
        Map.of("userId", RAY)).getStatusCode().is4xxClientError()).isTrue();
    assertThat(exchange(RAY, HttpMethod.PUT,
        "/engine-rest/process-instance/" + lead.getId() + "/variables/owner",
        Map.of("value", RAY)).getStatusCode().is4xxClientError()).isTrue();
    assertThat(sessionWithoutCsrfToken(MIA, path, "{\"owner\": \"" + RAY + "\"}"))
        .as("a manager's webapp session alone, without its CSRF token").isEqualTo(401);

    assertUnchanged(lead);
    assertThat(runtime.getVariable(lead.getId(), "owner")).isNull();
  }

  // ---- helpers

  private ProcessInstance start(String company) {
    Map<String, Object> data = Leads.qualifiedLead();
    data.put("companyName", company);
    data.put("estimatedDealValue", 120_000.0);
    return runtime.startProcessInstanceByKey("sales-cycle", data);
  }

  private ProcessInstance ritasLeadAtTheDialogue() {
    ProcessInstance lead = start("Pied Piper " + UUID.randomUUID().toString().substring(0, 8));
    Task qualify = task(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RITA);
    tasks.complete(qualify.getId(), Map.of(
        "qualificationDecision", "QUALIFY", "interestConfirmed", true));
    assertThat(task(lead, "Task_HoldDiscoveryDialogue").getAssignee()).isEqualTo(RITA);
    return runtime.createProcessInstanceQuery().processInstanceId(lead.getId()).singleResult();
  }

  private void assertUnchanged(ProcessInstance lead) {
    Task dialogue = task(lead, "Task_HoldDiscoveryDialogue");
    assertThat(dialogue.getAssignee()).isEqualTo(RITA);
    assertThat(visibleTasks(RAY, lead)).isEmpty();
    JsonNode details = lead(MIA, lead);
    assertThat(details.get("owner").asText()).isEqualTo(RITA);
    assertThat(ownerEntries(details.get("timeline"))).hasSize(1);
    assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.TASK)
        .resourceId(dialogue.getId()).userIdIn(RAY).count()).isZero();
  }

  private static void assertOwnerRefused(ResponseEntity<JsonNode> answer, String message) {
    assertProblem(answer, HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody().get("errors").get(0).get("field").asText()).isEqualTo("owner");
    assertThat(answer.getBody().get("errors").get(0).get("message").asText()).contains(message);
  }

  private static List<JsonNode> ownerEntries(JsonNode timeline) {
    List<JsonNode> owners = new ArrayList<>();
    timeline.forEach(entry -> {
      if ("OWNER".equals(entry.get("type").asText())) {
        owners.add(entry);
      }
    });
    return owners;
  }

  private Task task(ProcessInstance lead, String key) {
    return tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> visibleTasks(String user, ProcessInstance lead) {
    return exchange(user, HttpMethod.GET, "/engine-rest/task?processInstanceId=" + lead.getId(),
        null).getBody().findValuesAsText("id");
  }

  private JsonNode lead(String user, ProcessInstance lead) {
    return exchange(user, HttpMethod.GET, "/api/leads/" + leadId(lead), null).getBody();
  }

  /** A filter's tasks as Tasklist lists them: with the variables the filter shows. */
  private JsonNode halList(String user, String filterId) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    return http.withBasicAuth(user, PASSWORD).exchange(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=200", HttpMethod.GET,
        new HttpEntity<>(headers), JsonNode.class).getBody();
  }

  private ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path,
      Object body) {
    HttpHeaders headers = new HttpHeaders();
    if (body != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return http.withBasicAuth(user, PASSWORD)
        .exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /** Logs in to Cockpit as a browser does, then writes to the lead API with the cookie only. */
  private int sessionWithoutCsrfToken(String user, String path, String body) throws Exception {
    CookieManager cookies = new CookieManager();
    HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    String base = "http://localhost:" + port;
    client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/cockpit/default/")).build(),
        HttpResponse.BodyHandlers.discarding());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(
            URI.create(base + "/camunda/api/admin/auth/user/default/login/cockpit"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", xsrfToken(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    HttpResponse<String> read = client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(read.statusCode()).as("the session reads: " + read.body()).isEqualTo(200);
    return client.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static String xsrfToken(CookieManager cookies) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> "XSRF-TOKEN".equals(cookie.getName()))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private String leadId(ProcessInstance lead) {
    return (String) history.createHistoricVariableInstanceQuery().processInstanceId(lead.getId())
        .variableName("leadId").singleResult().getValue();
  }
}
