package org.salescycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.intake.CsvUpload;
import org.salescycle.integrity.EngineSurface;
import org.salescycle.process.Leads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Numbers are numbers: NaN, the infinities, numbers too large for their column or type, fractions
 * where a whole number belongs and text where a number belongs are refused with 400 naming the
 * field, on every way a lead arrives, and nothing of the lead is kept. The other endpoints that
 * take numbers answer them with 400 too, never 500.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadNumbersAreRefusedTest {

  static final String PASSWORD = "secret";
  static final String START = "/process-definition/key/sales-cycle/start";
  static final String SUBMIT_FORM = "/process-definition/key/sales-cycle/submit-form";
  static final ObjectMapper JSON = new ObjectMapper();

  /** A lead field and a JSON value for it that is no acceptable number. */
  record BadNumber(String field, String json) {}

  static final List<BadNumber> BAD_JSON_NUMBERS = List.of(
      new BadNumber("annualRevenue", "\"NaN\""),
      new BadNumber("annualRevenue", "\"Infinity\""),
      new BadNumber("annualRevenue", "\"-Infinity\""),
      new BadNumber("annualRevenue", "1e400"),
      new BadNumber("annualRevenue", "1e16"),
      new BadNumber("annualRevenue", "\"5000000\""),
      new BadNumber("annualRevenue", "-1"),
      new BadNumber("estimatedDealValue", "1e20"),
      new BadNumber("estimatedDealValue", "0.5"),
      new BadNumber("employees", "99999999999"),
      new BadNumber("employees", "2147483648"),
      new BadNumber("employees", "12.5"),
      new BadNumber("employees", "\"120\""),
      new BadNumber("yearsInBusiness", "-1"),
      new BadNumber("purchaseTimelineMonths", "121"),
      new BadNumber("budgetConfirmed", "\"true\""));

  /** Variables as the engine's REST API takes them: a value and its type. */
  static final List<BadNumber> BAD_ENGINE_VARIABLES = List.of(
      new BadNumber("annualRevenue", "{\"value\": \"NaN\", \"type\": \"Double\"}"),
      new BadNumber("annualRevenue", "{\"value\": \"Infinity\", \"type\": \"Double\"}"),
      new BadNumber("annualRevenue", "{\"value\": 1e400, \"type\": \"Double\"}"),
      new BadNumber("annualRevenue", "{\"value\": 1e16, \"type\": \"Double\"}"),
      new BadNumber("annualRevenue", "{\"value\": \"5000000\", \"type\": \"String\"}"),
      new BadNumber("annualRevenue", "{\"value\": \"5000000\"}"),
      new BadNumber("annualRevenue", "{\"value\": 123456789012345678901234567890}"),
      new BadNumber("estimatedDealValue", "{\"value\": 99999999999999999999, \"type\": \"Double\"}"),
      new BadNumber("employees", "{\"value\": 99999999999, \"type\": \"Long\"}"),
      new BadNumber("employees", "{\"value\": 12.5, \"type\": \"Double\"}"),
      new BadNumber("yearsInBusiness", "{\"value\": -1, \"type\": \"Short\"}"),
      new BadNumber("purchaseTimelineMonths", "{\"value\": 121, \"type\": \"Integer\"}"));

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired HistoryService history;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "rita-numbers", PASSWORD, "sales-reps");
    TestUsers.ensure(identity, "mia-numbers", PASSWORD, "sales-managers");
    TestUsers.ensure(identity, "webform-numbers", PASSWORD, "lead-sources");
  }

  @Test
  void theLeadApiRefusesEveryBadNumberNamingItsField() {
    Nothing created = nothingCreated();
    for (BadNumber bad : BAD_JSON_NUMBERS) {
      ResponseEntity<JsonNode> refused = postJson("webform-numbers", "/api/leads",
          leadJson(bad.field(), bad.json()));

      assertProblem(refused, HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors").findValuesAsText("field")).as(bad.toString())
          .containsExactly(bad.field());
    }
    created.assertNothing();
  }

  @Test
  void aCsvRowWithABadNumberIsInvalidNamingItsFieldAndTheGoodRowsAreImported() {
    String header = "companyName,contactEmail,country,annualRevenue,employees,yearsInBusiness,"
        + "estimatedDealValue,needLevel,budgetConfirmed,decisionMaker,purchaseTimelineMonths";
    List<String> badRevenues = List.of("NaN", "Infinity", "-Infinity", "1e400", "1e16", "0x1p3",
        "5000000d", "5e6f", "lots");
    List<String> badEmployees = List.of("99999999999", "2147483648", "12.5", "1e3", "-1");
    StringBuilder csv = new StringBuilder(header).append('\n');
    int row = 0;
    for (String revenue : badRevenues) {
      csv.append(csvRow(++row, revenue, "120")).append('\n');
    }
    for (String employees : badEmployees) {
      csv.append(csvRow(++row, "5000000", employees)).append('\n');
    }
    csv.append(csvRow(++row, "5000000", "120")).append('\n');
    Nothing created = nothingCreated();

    ResponseEntity<JsonNode> response = upload("webform-numbers", csv.toString());

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode results = response.getBody().get("results");
    assertThat(response.getBody().get("invalid").asInt())
        .isEqualTo(badRevenues.size() + badEmployees.size());
    assertThat(response.getBody().get("created").asInt()).isEqualTo(1);
    for (int i = 0; i < badRevenues.size(); i++) {
      assertThat(results.get(i).get("errors").findValuesAsText("field")).as(badRevenues.get(i))
          .containsExactly("annualRevenue");
    }
    for (int i = 0; i < badEmployees.size(); i++) {
      assertThat(results.get(badRevenues.size() + i).get("errors").findValuesAsText("field"))
          .as(badEmployees.get(i)).containsExactly("employees");
    }
    assertThat(created.leads()).isEqualTo(1);
  }

  @Test
  void theEngineRestApiRefusesBadNumbersAtTheStartWith400NamingTheField() {
    Nothing created = nothingCreated();
    for (String user : List.of("admin", "rita-numbers")) {
      for (String path : List.of(START, SUBMIT_FORM)) {
        for (BadNumber bad : BAD_ENGINE_VARIABLES) {
          ResponseEntity<JsonNode> refused = postJson(user, "/engine-rest" + path,
              engineStart(bad));

          assertEngineRefused(refused, bad, user + " " + path);
        }
      }
    }
    created.assertNothing();
  }

  @Test
  void tasklistsStartFormGetsTheSameAnswer() {
    EngineSurface rep = EngineSurface.tasklist(http.getRootUri(), "rita-numbers", PASSWORD);
    Nothing created = nothingCreated();
    for (BadNumber bad : BAD_ENGINE_VARIABLES) {
      EngineSurface.Answer refused = rep.post(SUBMIT_FORM, engineStart(bad));

      assertEngineRefused(new ResponseEntity<>(readTree(refused.body()),
          HttpStatusCode.valueOf(refused.status())), bad, "Tasklist");
    }
    created.assertNothing();
  }

  @Test
  void theProductCatalogueRefusesBadPricesWith400NamingThePrice() {
    for (String price : List.of("\"NaN\"", "\"Infinity\"", "1e400", "1e17", "\"120.00\"",
        "1e999999999", "1e-999999999", "-1")) {
      ResponseEntity<JsonNode> refused = sendJson("mia-numbers", HttpMethod.PUT,
          "/api/products/BAD-PRICE", """
              {"name": "Bad price", "unitPrice": %s, "currency": "EUR"}""".formatted(price));

      assertProblem(refused, HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody().get("errors").findValuesAsText("field")).as(price)
          .containsExactly("unitPrice");
    }
    assertProblem(get("mia-numbers", "/api/products/BAD-PRICE"), HttpStatus.NOT_FOUND);
  }

  @Test
  void searchAndReportParametersThatAreNoNumbersOrDatesAre400AndFarPagesEmpty() {
    for (String query : List.of("page=99999999999", "size=1e2", "page=NaN", "size=-1",
        "size=2147483648")) {
      ResponseEntity<JsonNode> refused = get("mia-numbers", "/api/leads?" + query);
      assertProblem(refused, HttpStatus.BAD_REQUEST);
    }
    ResponseEntity<JsonNode> farAway = get("mia-numbers", "/api/leads?page=2147483647&size=200");
    assertThat(farAway.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(farAway.getBody().get("content")).isEmpty();

    for (String query : List.of("from=NaN", "from=99999999-01-01", "to=2026-13-01",
        "from=2026-12-01&to=2026-01-01")) {
      assertProblem(get("mia-numbers", "/api/pipeline?" + query), HttpStatus.BAD_REQUEST);
    }
    // the first and last days a date can have make a long period, but a period
    assertThat(get("mia-numbers", URI.create(http.getRootUri()
        + "/api/pipeline?from=-999999999-01-01&to=%2B999999999-12-31")).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertProblem(get("mia-numbers", "/api/leads/x/quotes/99999999999.pdf"),
        HttpStatus.BAD_REQUEST);
  }

  // ---- helpers

  private void assertEngineRefused(ResponseEntity<JsonNode> refused, BadNumber bad, String who) {
    assertThat(refused.getStatusCode()).as(who + " " + bad).isEqualTo(HttpStatus.BAD_REQUEST);
    String message = refused.getBody().get("message").asText();
    assertThat(message.contains(bad.field() + " must be")
        || message.toLowerCase(Locale.ROOT)
            .contains(RefusalSentence.words(bad.field()) + " must be"))
        .as(who + " " + bad + ": the field, by its name or in words (Tasklist): " + message)
        .isTrue();
  }

  /** The lead API's JSON for a qualified lead, with the field's value as raw JSON. */
  private static String leadJson(String field, String rawValue) {
    Map<String, Object> lead = Leads.qualifiedLead();
    lead.put(field, "@value@");
    return write(lead).replace("\"@value@\"", rawValue);
  }

  /** The engine REST API's start request for a qualified lead, with one variable as raw JSON. */
  private static String engineStart(BadNumber bad) {
    Map<String, Object> variables = new LinkedHashMap<>();
    Leads.qualifiedLead().forEach((name, value) -> variables.put(name,
        Map.of("value", value, "type", value.getClass().getSimpleName())));
    variables.put(bad.field(), "@variable@");
    return write(Map.of("variables", variables)).replace("\"@variable@\"", bad.json());
  }

  private static String csvRow(int row, String revenue, String employees) {
    String company = "numbers-" + row + "-" + System.nanoTime();
    return "%s,anna@%s.pl,PL,%s,%s,8,40000,HIGH,yes,yes,3"
        .formatted(company, company, revenue, employees);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  private static JsonNode readTree(String body) {
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }

  private Nothing nothingCreated() {
    return new Nothing(leadRows(), history.createHistoricProcessInstanceQuery().count());
  }

  /** Counts leads and process instances, to show later that nothing was added. */
  private final class Nothing {

    private final long leadsBefore;
    private final long instancesBefore;

    Nothing(long leadsBefore, long instancesBefore) {
      this.leadsBefore = leadsBefore;
      this.instancesBefore = instancesBefore;
    }

    long leads() {
      return leadRows() - leadsBefore;
    }

    void assertNothing() {
      assertThat(leads()).as("new leads").isZero();
      assertThat(history.createHistoricProcessInstanceQuery().count()).as("new instances")
          .isEqualTo(instancesBefore);
    }
  }

  private long leadRows() {
    return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
  }

  private ResponseEntity<JsonNode> get(String user, String path) {
    return sendJson(user, HttpMethod.GET, path, null);
  }

  /** A request exactly as given, e.g. with a '+' in the query. */
  private ResponseEntity<JsonNode> get(String user, URI uri) {
    return http.withBasicAuth(user, password(user)).exchange(uri, HttpMethod.GET, null,
        JsonNode.class);
  }

  private ResponseEntity<JsonNode> postJson(String user, String path, String json) {
    return sendJson(user, HttpMethod.POST, path, json);
  }

  private ResponseEntity<JsonNode> sendJson(String user, HttpMethod method, String path,
      String json) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, password(user))
        .exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
  }

  private ResponseEntity<JsonNode> upload(String user, String csv) {
    return http.withBasicAuth(user, password(user)).exchange("/api/leads/import",
        HttpMethod.POST, CsvUpload.of("leads.csv", csv), JsonNode.class);
  }

  private static String password(String user) {
    return "admin".equals(user) ? TestUsers.ADMIN_PASSWORD : PASSWORD;
  }
}
