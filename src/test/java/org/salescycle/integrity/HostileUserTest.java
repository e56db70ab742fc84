package org.salescycle.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.integrity.EngineSurface.Answer;
import org.salescycle.lead.ConfirmedInterest;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A hostile rep, manager, lead source and caller without credentials try what the process forbids, over Tasklist's own API
 * (session and XSRF token) and the engine REST API: each attempt is refused with 4xx and the
 * lead's instance, tasks, variables, lead row and the engine's jobs are exactly as before. The
 * allowed counterparts still work.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileUserTest {

  static final String PASSWORD = "hostile-test-password";
  static final String RITA = "rita-hostile";
  static final String RAY = "ray-hostile";
  static final String MIA = "mia-hostile";
  static final String SOURCE = "form-hostile";

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, RITA, PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, RAY, PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, MIA, PASSWORD, SalesGroups.MANAGERS);
    TestUsers.ensure(identity, SOURCE, PASSWORD, SalesGroups.LEAD_SOURCES);
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void aRepCompletingHerTaskCannotSetFactsBesideHerAnswers(String path) {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RITA);
    EngineSurface rita = surface(path, RITA);
    State before = State.of(this, lead);

    Answer refused = rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables", Map.of(
        "qualificationDecision", value("QUALIFY"), "interestConfirmed", value(true),
        "annualRevenue", value(1_000_000_000),
        "stage", value("WON"),
        "recommendation", value("QUALIFY"),
        "creditApproved", value(true))));

    assertThat(refused.status()).as(refused.body()).isEqualTo(400);
    assertThat(refused.json().path("message").asText())
        .contains("annualRevenue", "creditApproved", "recommendation", "stage")
        .contains("Qualify lead");
    assertThat(State.of(this, lead)).isEqualTo(before);

    Answer submitted = rita.post("/task/" + qualify.getId() + "/submit-form", Map.of("variables",
        Map.of("qualificationDecision", value("QUALIFY"),
            "interestConfirmed", value(true), "creditLimit", value(200_000_000))));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(400);
    assertThat(submitted.json().path("message").asText()).contains("creditLimit");
    assertThat(State.of(this, lead)).isEqualTo(before);

    Answer completed = rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables",
        Map.of("qualificationDecision", value("QUALIFY"),
            "interestConfirmed", value(true), "urgent", value(false))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(lead.getId()))
        .containsExactly("Task_HoldDiscoveryDialogue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void aNumberAnswerIsANumberWithinItsFieldsBounds(String path) {
    ProcessInstance lead = runtime.createProcessInstanceByKey("sales-cycle")
        .startBeforeActivity("Task_ReviewCreditDecision")
        .setVariables(Leads.qualifiedLead()).execute();
    Task review = openTask(lead, "Task_ReviewCreditDecision");
    EngineSurface mia = surface(path, MIA);
    State before = State.of(this, lead);

    for (Map<String, Object> limit : List.of(Map.<String, Object>of("value", "NaN", "type", "Double"),
        Map.<String, Object>of("value", "Infinity", "type", "Double"),
        Map.<String, Object>of("value", "lots", "type", "String"),
        Map.<String, Object>of("value", 1e20, "type", "Double"),
        Map.<String, Object>of("value", 0, "type", "Integer"))) {
      Answer refused = mia.post("/task/" + review.getId() + "/complete", Map.of("variables", Map.of(
          "creditReviewDecision", value("APPROVE_WITH_TERMS"),
          "creditTerms", value("PREPAYMENT"),
          "creditLimit", limit)));
      assertThat(refused.status()).as(limit + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).contains("creditLimit");
    }
    assertThat(State.of(this, lead)).isEqualTo(before);
  }

  @Test
  void aFieldTheFormOnlyShowsMayComeBackUnchangedButNotChanged() {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RITA);
    EngineSurface rita = surface("engine-rest", RITA);
    Object revenue = tasks.getVariableLocal(qualify.getId(), "annualRevenueText");
    assertThat(revenue).isEqualTo("5,000,000.00 EUR");
    State before = State.of(this, lead);

    Answer changed = rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables",
        Map.of("qualificationDecision", value("QUALIFY"), "interestConfirmed", value(true),
            "annualRevenueText", value("1,000,000,000.00 EUR"))));
    assertThat(changed.status()).as(changed.body()).isEqualTo(400);
    assertThat(State.of(this, lead)).isEqualTo(before);

    Answer unchanged = rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables",
        Map.of("qualificationDecision", value("QUALIFY"),
            "interestConfirmed", value(true), "annualRevenueText", value(revenue))));
    assertThat(unchanged.status()).as(unchanged.body()).isEqualTo(204);
    assertThat(runtime.getVariable(lead.getId(), "annualRevenue")).isEqualTo(5_000_000.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void startingALeadTakesOnlyTheStartFormsFields(String path) {
    ProcessInstance other = leadAtQualifyLead();
    String othersLeadId = (String) runtime.getVariable(other.getId(), "leadId");
    EngineSurface rita = surface(path, RITA);
    long instances = runtime.createProcessInstanceQuery().count();
    long leads = leadRows();
    Map<String, Object> variables = new HashMap<>();
    Leads.qualifiedLead().forEach((name, v) -> variables.put(name, value(v)));
    variables.put("leadId", value(othersLeadId));
    variables.put("stage", value("WON"));

    for (String start : List.of("/start", "/submit-form")) {
      Answer refused = rita.post("/process-definition/key/sales-cycle" + start,
          Map.of("variables", variables));
      assertThat(refused.status()).as(start + ": " + refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText()).contains("leadId", "stage");
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(leadRows()).isEqualTo(leads);

    variables.remove("leadId");
    variables.remove("stage");
    Answer started = rita.post("/process-definition/key/sales-cycle/submit-form",
        Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(leadRows()).isEqualTo(leads + 1);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aLeadTheRulesRefuseReadsAsOneSentenceInTasklistAndIsNoErrorInTheLog(CapturedOutput log) {
    long instances = runtime.createProcessInstanceQuery().count();
    Map<String, Object> variables = new HashMap<>();
    Leads.qualifiedLead().forEach((name, v) -> variables.put(name, value(v)));
    variables.put("contactEmail", value("anna@acme"));

    Answer inTasklist = surface("tasklist", RITA).post(
        "/process-definition/key/sales-cycle/submit-form", Map.of("variables", variables));
    assertThat(inTasklist.status()).as(inTasklist.body()).isEqualTo(400);
    assertThat(inTasklist.json().path("message").asText())
        .isEqualTo("Contact email must be a valid e-mail address.");

    Answer overRest = surface("engine-rest", RITA).post(
        "/process-definition/key/sales-cycle/submit-form", Map.of("variables", variables));
    assertThat(overRest.status()).as(overRest.body()).isEqualTo(400);
    assertThat(overRest.json().path("message").asText())
        .as("API clients read the field's name").contains("contactEmail")
        .doesNotContain("sales-cycle:");

    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(log.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.camunda");
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void aLeadWithoutConfirmedInterestIsNotQualifiedAndNothingChanges(String path) {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RITA);
    EngineSurface rita = surface(path, RITA);
    State before = State.of(this, lead);

    for (String action : List.of("/complete", "/submit-form")) {
      for (Map<String, Map<String, Object>> answers : List.of(
          Map.of("qualificationDecision", value("QUALIFY")),
          Map.of("qualificationDecision", value("QUALIFY"), "interestConfirmed", value(false),
              "urgent", value(true)))) {
        Answer refused = rita.post("/task/" + qualify.getId() + action,
            Map.of("variables", answers));
        assertThat(refused.status()).as(action + ": " + refused.body()).isEqualTo(400);
        assertThat(refused.json().path("message").asText())
            .contains(ConfirmedInterest.REFUSAL);
        assertThat(State.of(this, lead)).isEqualTo(before);
      }
    }
    if (path.equals("tasklist")) {
      assertThat(rita.post("/task/" + qualify.getId() + "/submit-form", Map.of("variables",
          Map.of("qualificationDecision", value("QUALIFY")))).json().path("message").asText())
          .as("one sentence for the rep").isEqualTo(ConfirmedInterest.REFUSAL + ".");
    }

    Answer completed = rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables",
        Map.of("qualificationDecision", value("QUALIFY"), "interestConfirmed", value(true))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(runtime.getActiveActivityIds(lead.getId()))
        .containsExactly("Task_HoldDiscoveryDialogue");
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void aLeadFromACountryWeDoNotServeIsRefusedNamingTheField(String path) {
    long instances = runtime.createProcessInstanceQuery().count();
    long leads = leadRows();
    Map<String, Object> variables = new HashMap<>();
    Leads.qualifiedLead().forEach((name, v) -> variables.put(name, value(v)));
    EngineSurface rita = surface(path, RITA);

    for (String country : List.of("BR", "Poland", "")) {
      variables.put("country", value(country));
      Answer refused = rita.post("/process-definition/key/sales-cycle/submit-form",
          Map.of("variables", variables));
      assertThat(refused.status()).as(refused.body()).isEqualTo(400);
      assertThat(refused.json().path("message").asText())
          .contains(path.equals("tasklist") ? "Country must be the ISO code of a country we serve"
              : "country must be")
          .contains("Poland (PL)", "United Kingdom (GB)");
    }
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    assertThat(leadRows()).isEqualTo(leads);

    variables.put("country", value("UK"));
    Answer started = rita.post("/process-definition/key/sales-cycle/submit-form",
        Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    assertThat(runtime.getVariable(started.json().path("id").asText(), "country"))
        .isEqualTo("GB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void aColleaguesClaimedTaskIsNeitherReadNorWorkedByAnotherRep(String path) {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    EngineSurface rita = surface(path, RITA);
    assertThat(rita.get("/task?processInstanceId=" + lead.getId()).json())
        .as("an unclaimed task of her group").hasSize(1);
    surface(path, RAY).post("/task/" + qualify.getId() + "/claim", Map.of("userId", RAY));
    State before = State.of(this, lead);

    assertThat(rita.get("/task?processInstanceId=" + lead.getId()).json()).isEmpty();
    for (Answer attempt : List.of(
        rita.get("/task/" + qualify.getId()),
        rita.get("/task/" + qualify.getId() + "/form-variables"),
        rita.get("/task/" + qualify.getId() + "/variables"),
        rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables",
            Map.of("qualificationDecision", value("DISQUALIFY")))),
        rita.post("/task/" + qualify.getId() + "/submit-form", Map.of("variables",
            Map.of("qualificationDecision", value("DISQUALIFY")))),
        rita.post("/task/" + qualify.getId() + "/assignee", Map.of("userId", RITA)),
        rita.post("/task/" + qualify.getId() + "/delegate", Map.of("userId", RITA)),
        rita.post("/task/" + qualify.getId() + "/unclaim", Map.of()),
        rita.put("/task/" + qualify.getId(), Map.of("name", "mine now", "priority", 100)))) {
      assertThat(attempt.status()).as(attempt.body()).isIn(403, 404);
    }
    assertThat(State.of(this, lead)).isEqualTo(before);

    EngineSurface mia = surface(path, MIA);
    assertThat(mia.post("/task/" + qualify.getId() + "/assignee", Map.of("userId", RITA)).status())
        .as("a manager reassigns").isEqualTo(204);
    assertThat(rita.get("/task/" + qualify.getId() + "/form-variables").status()).isEqualTo(200);
    assertThat(surface(path, RAY).get("/task/" + qualify.getId() + "/form-variables").status())
        .as("the former assignee").isIn(403, 404);
    assertThat(rita.post("/task/" + qualify.getId() + "/complete", Map.of("variables",
        Map.of("qualificationDecision", value("QUALIFY"),
            "interestConfirmed", value(true)))).status()).isEqualTo(204);
  }

  @Test
  void anUnclaimedTaskIsTheGroupsAgainAndOtherUpdatesLeaveItsAccessAlone() {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    EngineSurface rita = surface("engine-rest", RITA);
    tasks.claim(qualify.getId(), RAY);
    tasks.setPriority(qualify.getId(), 80);
    assertThat(rita.get("/task?processInstanceId=" + lead.getId()).json()).isEmpty();

    tasks.setAssignee(qualify.getId(), null);
    tasks.setPriority(qualify.getId(), 90);

    assertThat(rita.get("/task?processInstanceId=" + lead.getId()).json()).hasSize(1);
    assertThat(rita.post("/task/" + qualify.getId() + "/claim", Map.of("userId", RITA)).status())
        .isEqualTo(204);
    assertThat(surface("engine-rest", RAY).get("/task?processInstanceId=" + lead.getId()).json())
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void noRepOrManagerRewritesVariablesMovesTokensOrSendsMessages(String path) {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RITA);
    String instance = "/process-instance/" + lead.getId();
    State before = State.of(this, lead);

    for (String user : List.of(RITA, MIA)) {
      EngineSurface hostile = surface(path, user);
      for (Answer attempt : List.of(
          hostile.put(instance + "/variables/annualRevenue", value(1e9)),
          hostile.post(instance + "/variables", Map.of("modifications",
              Map.of("creditLimit", value(1e9)), "deletions", List.of("recommendation"))),
          hostile.delete(instance + "/variables/recommendation"),
          hostile.put("/task/" + qualify.getId() + "/variables/annualRevenue", value(1e9)),
          hostile.put("/task/" + qualify.getId() + "/localVariables/stage", value("WON")),
          hostile.post("/task/" + qualify.getId() + "/variables", Map.of("modifications",
              Map.of("recommendation", value("QUALIFY")))),
          hostile.post(instance + "/modification", Map.of("instructions", List.of(
              Map.of("type", "startBeforeActivity", "activityId", "Task_ConvertToCustomer")))),
          hostile.post("/message", Map.of("messageName", "QuoteAccepted",
              "processInstanceId", lead.getId())),
          hostile.post("/signal", Map.of("name", "anything")),
          hostile.post("/task/" + qualify.getId() + "/bpmnError",
              Map.of("errorCode", "CREDIT_DECLINED")))) {
        assertThat(attempt.status()).as(user + ": " + attempt.body()).isIn(400, 403, 404);
      }
    }
    assertThat(State.of(this, lead)).isEqualTo(before);
  }

  @Test
  void onlyAdministratorsTouchTheEnginesOwnJobs() {
    Job cleanup = historyCleanupJob();
    Date due = cleanup.getDuedate();
    for (String user : List.of(RITA, SOURCE, MIA)) {
      EngineSurface hostile = surface("engine-rest", user);
      for (Answer attempt : List.of(
          hostile.get("/job"),
          hostile.get("/job/" + cleanup.getId()),
          hostile.get("/history/job-log"),
          hostile.get("/job-definition"),
          hostile.put("/job/" + cleanup.getId() + "/duedate", Map.of("duedate",
              "2099-01-01T00:00:00.000+0000")),
          hostile.put("/job/" + cleanup.getId() + "/suspended", Map.of("suspended", true)),
          hostile.put("/job/" + cleanup.getId() + "/retries", Map.of("retries", 0)),
          hostile.post("/job/" + cleanup.getId() + "/execute", Map.of()))) {
        assertThat(attempt.status()).as(user + ": " + attempt.body()).isEqualTo(403);
      }
    }
    Job after = management.createJobQuery().jobId(cleanup.getId()).singleResult();
    assertThat(after.getDuedate()).isEqualTo(due);
    assertThat(after.isSuspended()).isFalse();
    assertThat(after.getRetries()).isEqualTo(cleanup.getRetries());
  }

  @Test
  void aManagerReadsTheJobsOfASalesCycleInstanceAsCockpitDoes() {
    ProcessInstance lead = leadAtQualifyLead();
    EngineSurface mia = surface("engine-rest", MIA);
    assertThat(mia.get("/job?processInstanceId=" + lead.getId()).json())
        .as("the overdue timer").hasSize(1);
    assertThat(mia.get("/history/job-log?processInstanceId=" + lead.getId()).status())
        .isEqualTo(200);
  }

  @Test
  void theJavaApiUnderARepsIdentityHoldsTheSameRules() {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    tasks.claim(qualify.getId(), RAY);
    State before = State.of(this, lead);

    identity.setAuthentication(RITA, List.of(SalesGroups.REPS));
    try {
      assertThatThrownBy(() -> tasks.complete(qualify.getId(),
          Map.of("qualificationDecision", "DISQUALIFY"))).isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtime.setVariable(lead.getId(), "annualRevenue", 1e9))
          .isInstanceOf(AuthorizationException.class);
      assertThatThrownBy(() -> runtime.startProcessInstanceByKey("sales-cycle",
          Leads.with(Leads.qualifiedLead(), "stage", "WON")))
          .isInstanceOf(RefusedAnswersException.class).hasMessageContaining("stage");
    } finally {
      identity.clearAuthentication();
    }
    identity.setAuthentication(RAY, List.of(SalesGroups.REPS));
    try {
      assertThatThrownBy(() -> tasks.complete(qualify.getId(), Map.of(
          "qualificationDecision", "QUALIFY", "interestConfirmed", true, "creditLimit", 1e9)))
          .isInstanceOf(RefusedAnswersException.class).hasMessageContaining("creditLimit");
    } finally {
      identity.clearAuthentication();
    }
    assertThat(State.of(this, lead)).isEqualTo(before);
  }

  @Test
  void withoutCredentialsNothingIsReadOrChangedOnAnyPath() {
    ProcessInstance lead = leadAtQualifyLead();
    Task qualify = openTask(lead, "Task_QualifyLead");
    State before = State.of(this, lead);
    HttpClient anonymous = HttpClient.newHttpClient();
    String base = "http://localhost:" + port;
    Map<String, Object> complete = Map.of("variables",
        Map.of("qualificationDecision", value("DISQUALIFY")));

    for (String path : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
      assertThat(send(anonymous, HttpRequest.newBuilder(
          URI.create(base + path + "/task/" + qualify.getId() + "/complete"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(EngineSurface.JSON.valueToTree(complete)
              .toString())))).as(path).isIn(401, 403);
      assertThat(send(anonymous, HttpRequest.newBuilder(
          URI.create(base + path + "/task?processInstanceId=" + lead.getId())).GET()))
          .as(path).isIn(401, 403);
    }
    assertThat(send(anonymous, HttpRequest.newBuilder(URI.create(base + "/api/leads/"
        + runtime.getVariable(lead.getId(), "leadId") + "/events/withdrawn"))
        .POST(HttpRequest.BodyPublishers.noBody()))).isEqualTo(401);
    assertThat(State.of(this, lead)).isEqualTo(before);
  }

  private static int send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Job historyCleanupJob() {
    if (history.findHistoryCleanupJobs().isEmpty()) {
      history.cleanUpHistoryAsync();
    }
    return history.findHistoryCleanupJobs().get(0);
  }

  private ProcessInstance leadAtQualifyLead() {
    return runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
  }

  private Task openTask(ProcessInstance lead, String key) {
    return tasks.createTaskQuery().processInstanceId(lead.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private long leadRows() {
    return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
  }

  private EngineSurface surface(String path, String user) {
    String base = "http://localhost:" + port;
    return "tasklist".equals(path) ? EngineSurface.tasklist(base, user, PASSWORD)
        : EngineSurface.engineRest(base, user, PASSWORD);
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  /** What a forbidden attempt must leave as it was. */
  record State(List<String> activities, Map<String, Object> variables, List<String> tasks,
      Map<String, Object> leadRow) {

    static State of(HostileUserTest test, ProcessInstance lead) {
      List<String> activities = test.runtime.getActiveActivityIds(lead.getId()).stream().sorted()
          .toList();
      List<String> tasks = test.tasks.createTaskQuery().processInstanceId(lead.getId()).list()
          .stream().sorted(Comparator.comparing(Task::getId))
          .map(task -> task.getId() + ":" + task.getName() + ":" + task.getAssignee() + ":"
              + task.getOwner() + ":" + task.getPriority() + ":" + task.getDueDate())
          .toList();
      Map<String, Object> row = test.jdbc.queryForList(
          "select stage, owner, urgent, closed_at from sales_lead where process_instance_id = ?",
          lead.getId()).stream().findFirst().orElse(Map.of());
      return new State(activities, Optional.ofNullable(test.runtime.getVariables(lead.getId()))
          .map(HashMap::new).orElseThrow(), tasks, row);
    }
  }
}
