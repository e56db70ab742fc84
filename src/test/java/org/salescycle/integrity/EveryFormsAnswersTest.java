package org.salescycle.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every user task of the model takes every answer its form has: a rep or manager completing it
 * with all of them is never refused as sending foreign variables, so a field sales operations add
 * in Modeler needs no Java change.
 */
@SpringBootTest
@ActiveProfiles("test")
class EveryFormsAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  @AfterEach
  void logOut() {
    identity.clearAuthentication();
  }

  @Test
  void everyTaskAcceptsAllTheAnswersOfItsForm() throws IOException {
    Map<String, JsonNode> forms = formsById();
    List<UserTask> steps = List.copyOf(Bpmn.readModelFromFile(
        Path.of("processes", "sales-cycle.bpmn").toFile()).getModelElementsByType(UserTask.class));
    assertThat(steps).hasSizeGreaterThanOrEqualTo(8);

    for (UserTask step : steps) {
      JsonNode form = forms.get(step.getCamundaFormRef());
      assertThat(form).as(step.getId() + " has a form").isNotNull();
      Map<String, Object> variables = Leads.qualifiedLead();
      variables.put("quoteValidUntil", Date.from(Instant.now().plus(Duration.ofDays(30))));
      ProcessInstance lead = runtime.createProcessInstanceByKey("sales-cycle")
          .startBeforeActivity(step.getId()).setVariables(variables).execute();
      Task task = tasks.createTaskQuery().processInstanceId(lead.getId())
          .taskDefinitionKey(step.getId()).singleResult();
      String group = step.getCamundaCandidateGroups();
      String user = group.contains(SalesGroups.MANAGERS) ? "manager-of-forms" : "rep-of-forms";
      identity.setAuthentication(user, List.of(group));
      tasks.claim(task.getId(), user);

      Map<String, Object> answers = answersOf(form);
      assertThat(answers).as(step.getId()).isNotEmpty();
      try {
        tasks.complete(task.getId(), answers);
      } catch (RefusedAnswersException refused) {
        throw new AssertionError(step.getId() + " refused its own form's answers", refused);
      } catch (RuntimeException stepsOwnRules) {
        // A value the step's own rules refuse is not the guard's concern here.
      } finally {
        identity.clearAuthentication();
      }
    }
  }

  private static Map<String, Object> answersOf(JsonNode container) {
    Map<String, Object> answers = new HashMap<>();
    FormFields fields = FormFields.parse(new ByteArrayInputStream(
        container.toString().getBytes(StandardCharsets.UTF_8)));
    collect(container, answers);
    answers.keySet().retainAll(fields.answers());
    return answers;
  }

  private static void collect(JsonNode container, Map<String, Object> answers) {
    for (JsonNode field : container.path("components")) {
      if (field.hasNonNull("path") && field.has("components")) {
        Map<String, Object> group = new HashMap<>();
        collect(field, group);
        answers.put(field.get("path").asText(), group.toString());
      } else if (field.hasNonNull("key")) {
        answers.put(field.get("key").asText(), sample(field));
      } else {
        collect(field, answers);
      }
    }
  }

  private static Object sample(JsonNode field) {
    return switch (field.path("type").asText()) {
      case "number" -> 1;
      case "checkbox" -> true;
      case "radio", "select" -> field.path("values").path(0).path("value").asText("x");
      case "datetime" -> "2026-01-01";
      default -> "text";
    };
  }

  private static Map<String, JsonNode> formsById() throws IOException {
    Map<String, JsonNode> forms = new HashMap<>();
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
        JsonNode form = JSON.readTree(file.toFile());
        forms.put(form.get("id").asText(), form);
      }
    }
    return forms;
  }
}
