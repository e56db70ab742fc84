package org.salescycle.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.integrity.EngineSurface.Answer;
import org.salescycle.process.Leads;
import org.salescycle.shared.SalesGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Walks the table in docs/security.md of the engine REST API per role: each request, sent as each role,
 * gets the answer the table shows. A change of who may do what that docs/security.md does not follow
 * fails here, naming the row.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineApiPerRoleTest {

  static final String MARKER = "<!-- engine-api-per-role";
  static final String PASSWORD = "per-role-test-password";
  static final Pattern REQUEST = Pattern.compile("`(GET|POST|PUT|DELETE) /engine-rest([^`]*)`(.*)");

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;

  record Row(String method, String path, String note, List<String> answers) {}

  @Test
  void everyRowOfTheReadmesTableHoldsForEveryRole() throws IOException {
    TestUsers.ensure(identity, "rep-roles", PASSWORD, SalesGroups.REPS);
    TestUsers.ensure(identity, "source-roles", PASSWORD, SalesGroups.LEAD_SOURCES);
    TestUsers.ensure(identity, "manager-roles", PASSWORD, SalesGroups.MANAGERS);
    List<String> users = List.of("rep-roles", "source-roles", "manager-roles", "admin");
    List<Row> rows = readmeRows();
    assertThat(rows).hasSizeGreaterThan(20);

    SoftAssertions softly = new SoftAssertions();
    for (Row row : rows) {
      for (int role = 0; role < users.size(); role++) {
        String user = users.get(role);
        EngineSurface api = EngineSurface.engineRest("http://localhost:" + port, user,
            "admin".equals(user) ? TestUsers.ADMIN_PASSWORD : PASSWORD);
        String expected = row.answers().get(role);
        Answer answer = send(api, row);
        String described = row.method() + " " + row.path() + row.note() + " as " + user;
        softly.assertThat(answer.status()).as(described + ": " + answer.body())
            .isEqualTo(Integer.parseInt(expected.split(" ")[0]));
        if (expected.endsWith("none") && answer.status() == 200) {
          softly.assertThat(answer.json()).as(described).isEmpty();
        }
        if (expected.endsWith("own") && answer.status() == 200) {
          softly.assertThat(answer.json()).as(described).isNotEmpty()
              .allSatisfy(entry -> assertOwn(user, entry));
        }
      }
    }
    softly.assertAll();
  }

  private void assertOwn(String user, JsonNode entry) {
    String id = entry.path("id").asText();
    List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
    assertThat(id.equals(user) || groups.contains(id)).as(user + " sees " + id).isTrue();
  }

  private Answer send(EngineSurface api, Row row) {
    String lead = runtime.startProcessInstanceByKey("sales-cycle", Leads.qualifiedLead()).getId();
    String path = row.path().replace("{lead}", lead)
        .replace("{cleanup-job}", cleanupJob());
    Object body = body(row, lead);
    return switch (row.method()) {
      case "GET" -> api.get(path);
      case "POST" -> api.post(path, body);
      case "PUT" -> api.put(path, body);
      default -> api.delete(path);
    };
  }

  private static Object body(Row row, String lead) {
    Map<String, Object> startForm = new HashMap<>();
    Leads.qualifiedLead().forEach((name, value) -> startForm.put(name, Map.of("value", value)));
    if (row.path().endsWith("/submit-form")) {
      if (row.note().contains("stage")) {
        startForm.put("stage", Map.of("value", "WON"));
      }
      return Map.of("variables", startForm);
    }
    if (row.path().endsWith("/variables/stage")) {
      return Map.of("value", "WON");
    }
    if (row.path().endsWith("/modification")) {
      return Map.of("instructions", List.of(
          Map.of("type", "startBeforeActivity", "activityId", "Task_HoldDiscoveryDialogue")));
    }
    if (row.path().endsWith("/suspended")) {
      return Map.of("suspended", true);
    }
    if (row.path().endsWith("/duedate")) {
      return Map.of("duedate", "2099-01-01T00:00:00.000+0000");
    }
    if (row.path().equals("/signal")) {
      return Map.of("name", "nobody-waits-for-this");
    }
    return Map.of();
  }

  private String cleanupJob() {
    if (history.findHistoryCleanupJobs().isEmpty()) {
      history.cleanUpHistoryAsync();
    }
    return history.findHistoryCleanupJobs().get(0).getId();
  }

  static List<Row> readmeRows() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs", "security.md"));
    int start = 0;
    while (!lines.get(start).startsWith(MARKER)) {
      start++;
    }
    List<Row> rows = new ArrayList<>();
    for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String[] cells = lines.get(i).split("\\|");
      Matcher request = REQUEST.matcher(cells[1].trim());
      assertThat(request.matches()).as("row " + lines.get(i)).isTrue();
      List<String> answers = new ArrayList<>();
      for (int c = 2; c < cells.length; c++) {
        answers.add(cells[c].trim());
      }
      rows.add(new Row(request.group(1), request.group(2), request.group(3), answers));
    }
    return rows;
  }
}
