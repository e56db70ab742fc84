package org.salescycle.lead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.integrity.EngineSurface;
import org.salescycle.integrity.EngineSurface.Answer;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Contact details live in the lead row and notes in the lead's notes, on every path: never in the
 * engine's variables or history, while forms still show the contact and the lead's timeline the
 * notes; and instances from before are cleaned up at startup.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeadDataOutOfEngineTest {

  static final String PASSWORD = "out-of-engine-password";
  static final String RITA = "rita-private";
  static final String MIA = "mia-private";
  static final String SOURCE = "form-private";
  static final List<String> CONTACT = ContactFields.NAMES;

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired FormService forms;
  @Autowired HistoryService history;
  @Autowired LeadRepository leads;
  @Autowired LeadNotes notes;
  @Autowired EngineDataMove move;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, RITA, PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, MIA, PASSWORD, SalesGroups.MANAGERS);
    TestUsers.ensure(identity, SOURCE, PASSWORD, SalesGroups.LEAD_SOURCES);
  }

  @Test
  void aLeadStartedInTasklistKeepsItsContactInTheLeadRowAndItsFormsStillShowIt() {
    Map<String, Object> data = Leads.qualifiedLead();
    Map<String, Object> variables = new HashMap<>();
    data.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    EngineSurface tasklist = EngineSurface.tasklist(base(), RITA, PASSWORD);
    Answer started = tasklist.post("/process-definition/key/sales-cycle/submit-form",
        Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();

    Lead row = leads.findByProcessInstance(instance).orElseThrow();
    assertThat(row.contactName()).isEqualTo("Anna Nowak");
    assertThat(row.contactEmail()).isEqualTo(data.get("contactEmail"));
    assertThat(runtime.getVariables(instance)).containsKey("companyName")
        .doesNotContainKeys(CONTACT.toArray(String[]::new));

    Task qualify = tasks.createTaskQuery().processInstanceId(instance).singleResult();
    JsonNode shown = tasklist.get("/task/" + qualify.getId() + "/form-variables").json();
    assertThat(shown.path("contactName").path("value").asText()).isEqualTo("Anna Nowak");
    assertThat(shown.path("contactEmail").path("value").asText())
        .isEqualTo(data.get("contactEmail"));

    tasks.claim(qualify.getId(), RITA);
    Answer completed = tasklist.post("/task/" + qualify.getId() + "/submit-form", Map.of(
        "variables", Map.of("qualificationDecision", Map.of("value", "QUALIFY"),
            "interestConfirmed", Map.of("value", true),
            "contactName", Map.of("value", "Anna Nowak"))));
    assertThat(completed.status()).as(completed.body()).isEqualTo(204);
    assertThat(runtime.getVariables(instance)).doesNotContainKeys(CONTACT.toArray(String[]::new));
    assertNothingInHistory(instance);
  }

  @Test
  void notesWrittenInTaskFormsGoToTheLeadsTimelineAndNowhereElse() {
    ResponseEntity<JsonNode> created = http.withBasicAuth(SOURCE, PASSWORD)
        .postForEntity("/api/leads", Leads.qualifiedLead(), JsonNode.class);
    assertThat(created.getStatusCode().value()).isEqualTo(201);
    String leadId = created.getBody().path("id").asText();
    String instance = created.getBody().path("processInstanceId").asText();
    assertThat(runtime.getVariables(instance)).doesNotContainKeys(CONTACT.toArray(String[]::new));

    tasks.complete(openTask(instance).getId(), Map.of("qualificationDecision", "QUALIFY",
        "interestConfirmed", true));
    Task dialogue = openTask(instance);
    tasks.claim(dialogue.getId(), RITA);
    EngineSurface rita = EngineSurface.engineRest(base(), RITA, PASSWORD);
    Answer tooLong = rita.post("/task/" + dialogue.getId() + "/complete", Map.of("variables",
        Map.of("dialogueOutcome", Map.of("value", "PROSPECT"),
            "dialogueNotes", Map.of("value", "x".repeat(NoteFields.MAX_LENGTH + 1)))));
    assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
    assertThat(tooLong.body()).contains("dialogueNotes");
    Answer done = rita.post("/task/" + dialogue.getId() + "/complete", Map.of("variables",
        Map.of("dialogueOutcome", Map.of("value", "PROSPECT"),
            "dialogueNotes", Map.of("value", "  Wants the pipeline report by region.  "))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    assertThat(runtime.getVariables(instance)).containsEntry("dialogueOutcome", "PROSPECT")
        .doesNotContainKeys(NoteFields.NAMES.toArray(String[]::new));
    assertThat(notes.of(leadId)).singleElement().satisfies(note -> {
      assertThat(note.field()).isEqualTo("dialogueNotes");
      assertThat(note.text()).isEqualTo("Wants the pipeline report by region.");
      assertThat(note.author()).isEqualTo(RITA);
      assertThat(note.taskName()).isEqualTo(dialogue.getName());
    });
    JsonNode timeline = http.withBasicAuth(MIA, PASSWORD)
        .getForEntity("/api/leads/" + leadId, JsonNode.class).getBody().path("timeline");
    List<JsonNode> written = new ArrayList<>();
    timeline.forEach(entry -> {
      if (entry.path("type").asText().equals("NOTE")) {
        written.add(entry);
      }
    });
    assertThat(written).singleElement().satisfies(entry -> {
      assertThat(entry.path("text").asText()).isEqualTo("Wants the pipeline report by region.");
      assertThat(entry.path("author").asText()).isEqualTo(RITA);
    });
    assertNothingInHistory(instance);
  }

  @Test
  void theStartupStepMovesContactDetailsAndNotesOfOlderInstancesOutOfTheEngine() {
    ProcessInstance running = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    ProcessInstance ended = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead());
    Lead runningLead = leads.findByProcessInstance(running.getId()).orElseThrow();
    Lead endedLead = leads.findByProcessInstance(ended.getId()).orElseThrow();
    tasks.complete(openTask(running.getId()).getId(), Map.of("qualificationDecision", "QUALIFY",
        "interestConfirmed", true));

    // Written as before contact details and notes left the engine: with history of every name.
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    HistoryEventHandler filtered = configuration.getHistoryEventHandler();
    configuration.setHistoryEventHandler(new DbHistoryEventHandler());
    try {
      forms.submitTaskForm(openTask(running.getId()).getId(), Map.of(
          "dialogueOutcome", "PROSPECT", "dialogueNotes", "Wants a demo next week"));
      runtime.setVariables(running.getId(), Map.of("contactName", "Anna Nowak",
          "contactEmail", runningLead.contactEmail(), "demoFeedback", "Liked the board"));
      runtime.setVariables(ended.getId(), Map.of("contactEmail", endedLead.contactEmail(),
          "stalledReviewNote", "Called the rep"));
      runtime.deleteProcessInstance(ended.getId(), "withdrawn before the cleanup");
    } finally {
      configuration.setHistoryEventHandler(filtered);
    }
    jdbc.update("update sales_lead set contact_name = null where id = ?", runningLead.id());
    Task open = tasks.createTaskQuery().processInstanceId(running.getId()).list().get(0);
    tasks.removeVariablesLocal(open.getId(), List.of("contactName", "contactEmail"));
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(ended.getId())
        .variableName("contactEmail").includeDeleted().count()).isEqualTo(1);

    EngineDataMove.Result result = move.run();

    assertThat(result.instances()).isGreaterThanOrEqualTo(2);
    assertThat(result.notesMoved()).isGreaterThanOrEqualTo(2);
    for (ProcessInstance instance : List.of(running, ended)) {
      assertNothingInHistory(instance.getId());
    }
    assertThat(runtime.getVariables(running.getId()))
        .doesNotContainKeys(KeptOutOfHistory.NAMES.toArray(String[]::new));
    assertThat(leads.find(runningLead.id()).orElseThrow().contactName()).isEqualTo("Anna Nowak");
    assertThat(tasks.getVariableLocal(open.getId(), "contactName")).isEqualTo("Anna Nowak");
    assertThat(notes.of(runningLead.id())).extracting(LeadNote::field, LeadNote::text)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("dialogueNotes", "Wants a demo next week"),
            org.assertj.core.groups.Tuple.tuple("demoFeedback", "Liked the board"));
    assertThat(notes.of(endedLead.id())).extracting(LeadNote::text)
        .containsExactly("Called the rep");

    EngineDataMove.Result again = move.run();
    assertThat(again.notesMoved() + again.contactsFilled() + again.variablesDeleted()
        + again.historyRowsDeleted()).as("nothing left to move").isZero();
    assertThat(notes.of(runningLead.id())).hasSize(2);
  }

  /** No variable, variable update or form-field row of a contact detail or note. */
  private void assertNothingInHistory(String instance) {
    String[] names = KeptOutOfHistory.NAMES.toArray(String[]::new);
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance)
        .variableNameIn(names).includeDeleted().list()).isEmpty();
    for (String name : names) {
      assertThat(history.createHistoricVariableInstanceQuery().variableName(name)
          .processInstanceId(instance).count()).as(name).isZero();
    }
    List<String> details = history.createHistoricDetailQuery().processInstanceId(instance).list()
        .stream().map(LeadDataOutOfEngineTest::nameOf).toList();
    assertThat(details).doesNotContainAnyElementsOf(KeptOutOfHistory.NAMES);
  }

  private static String nameOf(HistoricDetail detail) {
    return detail instanceof HistoricFormField field ? field.getFieldId()
        : ((HistoricVariableUpdate) detail).getVariableName();
  }

  private Task openTask(String instance) {
    return tasks.createTaskQuery().processInstanceId(instance).singleResult();
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
