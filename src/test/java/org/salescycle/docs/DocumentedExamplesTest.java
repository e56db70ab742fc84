package org.salescycle.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.salescycle.IntegrationTest;
import org.salescycle.process.Leads;
import org.salescycle.quote.QuoteInputs;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every HTTP example in README.md and docs/*.md, run as shown: the command goes to bash with
 * {@code http://localhost:8080} pointed at this test's port, and curl itself sends it. Running
 * the real curl (rather than reading its options into another HTTP client) keeps the shell's
 * quoting, {@code -F file=@...}, {@code -o} and pipes such as {@code | grep} exactly as a reader
 * gets them; curl is on every developer machine and on CI. Each example must answer 2xx, or the
 * status a {@code # → NNN} comment above it names (see {@link DocumentedCommand} for the
 * conventions, {@code {id}} and {@code {taskId}} included), and each JSON body it sends to the
 * lead API must be valid against the served OpenAPI description ({@link OpenApiBodies}). The
 * engine REST API's bodies ({@code /engine-rest}) are Camunda's, described by Camunda; they are
 * sent, not validated here.
 *
 * <p>The demo profile is active (after the test profile) because the examples log in as the
 * demo users ({@code rita}, {@code mia}, {@code webform}, {@code admin} / {@code admin}).
 * Commands that are not HTTP calls are checked in {@link DocumentedCommandsTest}.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@AutoConfigureObservability(tracing = false) // the Prometheus endpoint, which tests leave out
class DocumentedExamplesTest {

  private static final Pattern STATUS = Pattern.compile("(?m)^HTTP-STATUS (\\d{3})$");
  /** A curl that reports each answer's status on stderr, after whatever the example prints. */
  private static final String CURL_REPORTING_STATUS = """
      set -o pipefail
      curl() { command curl -sS -w '%{stderr}\\nHTTP-STATUS %{http_code}\\n' "$@"; }
      """;

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  @TestFactory
  Stream<DynamicTest> everyHttpExampleAnswersAsTheDocsSay() throws Exception {
    Path directory = Files.createTempDirectory("documented-examples");
    Files.writeString(directory.resolve("leads.csv"), """
        companyName,contactName,contactEmail,country,annualRevenue,employees,yearsInBusiness,estimatedDealValue,needLevel,budgetConfirmed,decisionMaker,purchaseTimelineMonths
        Nowak Logistics S.A.,Jan Nowak,jan.nowak@nowak-logistics.pl,PL,5000000,120,8,40000,HIGH,true,true,3
        Kowalski Trade Sp. z o.o.,Ewa Kowalska,ewa@kowalski-trade.pl,PL,2500000,40,5,12000,MEDIUM,yes,no,6
        """);
    List<DocumentedCommand> examples =
        DocumentedCommand.all().stream().filter(DocumentedCommand::isHttp).toList();
    assertThat(examples).as("HTTP examples found in the docs").hasSizeGreaterThan(20);
    return examples.stream().map(example -> dynamicTest(example.title(), () -> run(example, directory)));
  }

  private void run(DocumentedCommand example, Path directory) throws Exception {
    String command = withPlaceholdersFilled(example.text())
        .replace("http://localhost:8080", "http://localhost:" + port);
    List<CurlCall> calls = CurlCall.of(command, directory);
    assertThat(calls).as("%s: the curl calls in it", example).isNotEmpty();
    for (CurlCall call : calls) {
      assertValidBody(example, call);
    }

    Shell.Result result = Shell.run(CURL_REPORTING_STATUS + command, directory, null);

    String what = "%s%nstdout:%n%s%nstderr:%n%s".formatted(example, result.out(), result.err());
    Matcher status = STATUS.matcher(result.err());
    int answered = 0;
    while (status.find()) {
      answered++;
      int code = Integer.parseInt(status.group(1));
      if (example.expectedStatus().isPresent()) {
        assertThat(code).as("status, as the docs say, of " + what)
            .isEqualTo(example.expectedStatus().get());
      } else {
        assertThat(code).as("status (2xx, as no '# → NNN' says otherwise) of " + what)
            .isBetween(200, 299);
      }
    }
    assertThat(answered).as("answers to " + what).isEqualTo(calls.size());
    assertThat(result.exitCode()).as("exit code of " + what).isZero();
  }

  private void assertValidBody(DocumentedCommand example, CurlCall call) throws Exception {
    String path = call.url().getPath();
    if (!call.sendsJson() || path.startsWith("/engine-rest")) {
      return;
    }
    var bodies = new OpenApiBodies(
        http.withBasicAuth("admin", "admin").getForObject("/v3/api-docs", String.class));
    String template = bodies.template(path).orElseThrow(() -> new AssertionError(
        example + ": " + path + " is not in the OpenAPI description"));
    assertThat(bodies.errors(call.method(), template, call.body()))
        .as("%s: its body against the OpenAPI schema of %s %s", example, call.method(), template)
        .isEmpty();
  }

  @Test
  void aBodyTheOpenApiDescriptionRefusesFailsTheCheck() throws Exception {
    var bodies = new OpenApiBodies(
        http.withBasicAuth("admin", "admin").getForObject("/v3/api-docs", String.class));

    assertThat(bodies.errors("POST", bodies.template("/api/leads").orElseThrow(),
        "{\"companyName\": \"Acme\", \"employees\": \"many\"}"))
        .anyMatch(error -> error.contains("employees"));
  }

    // ---- the state an example's placeholders stand for

  private String withPlaceholdersFilled(String command) {
    if (command.contains("{taskId}")) {
      return command.replace("{taskId}", prepareQuoteTaskOf("rita"));
    }
    if (!command.contains("{id}")) {
      return command;
    }
    boolean needsQuote =
        command.contains("{id}/quotes") || command.contains("{id}/events/quote-accepted");
    return command.replace("{id}", needsQuote ? leadWithSentQuote() : newLead());
  }

  /** A lead from a lead source, waiting at "Qualify lead". */
  private String newLead() {
    ResponseEntity<JsonNode> created = http.withBasicAuth("webform", "webform")
        .postForEntity("/api/leads", Leads.qualifiedLead(), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return created.getBody().get("id").asText();
  }

  /** A lead whose first quote was sent and waits for the customer's decision. */
  private String leadWithSentQuote() {
    String lead = newLead();
    String instance = atPrepareQuote(instanceOf(lead));
    tasks.complete(openTask(instance, "Task_PrepareQuote").getId(),
        QuoteInputs.lines("""
            [{"product": "LIC-SEAT", "quantity": 40}]""", "PREPAYMENT"));
    management.createJobQuery().processInstanceId(instance).executable().list()
        .forEach(job -> management.executeJob(job.getId()));
    openTask(instance, "Task_RecordCustomerDecision");
    return lead;
  }

  /** A new lead's "Prepare quote", claimed by the rep. */
  private String prepareQuoteTaskOf(String rep) {
    Task task = openTask(atPrepareQuote(instanceOf(newLead())), "Task_PrepareQuote");
    tasks.claim(task.getId(), rep);
    return task.getId();
  }

  private String atPrepareQuote(String instance) {
    tasks.complete(openTask(instance, "Task_QualifyLead").getId(),
        Map.of("qualificationDecision", "QUALIFY", "interestConfirmed", true));
    tasks.complete(openTask(instance, "Task_HoldDiscoveryDialogue").getId(),
        Map.of("dialogueOutcome", "PROSPECT"));
    // The credit check decides the payment terms a quote may have; the rest of the evaluation
    // (the demo) is skipped, so that the examples do not depend on how a demo is held.
    management.createJobQuery().processInstanceId(instance).activityId("Task_RunCreditCheck")
        .list().forEach(job -> management.executeJob(job.getId()));
    runtime.createProcessInstanceModification(instance)
        .cancelAllForActivity("SubProcess_EvaluateProspect")
        .startBeforeActivity("Task_PrepareQuote").execute();
    return instance;
  }

  private Task openTask(String instance, String key) {
    Task task = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  private String instanceOf(String lead) {
    return runtime.createProcessInstanceQuery().variableValueEquals("leadId", lead)
        .singleResult().getId();
  }
}
