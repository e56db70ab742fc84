package org.salescycle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;

/** {@code POST /api/leads/import} over real HTTP: per-row reports, bad files, a large file. */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LeadImportTest {

  static final String HEADER = "companyName,contactName,contactEmail,country,annualRevenue,"
      + "employees,yearsInBusiness,estimatedDealValue,needLevel,budgetConfirmed,decisionMaker,"
      + "purchaseTimelineMonths";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "import-api", "secret", "lead-sources");
  }

  @Test
  void everyRowIsReportedWithItsLineAndOnlyValidNewLeadsAreCreated() {
    String company = unique();
    String csv = HEADER + "\r\n"
        + "\"" + company + ", Inc\",Anna Nowak,anna@" + company + ".pl,pl,5000000,120,8,40000,HIGH,yes,true,3\r\n"
        + "\"Multi\nline " + company + "\",,bad-address,PL,lots,120,8,40000,HIGH,yes,no,3\r\n"
        + "Again " + company + ",Anna,ANNA@" + company + ".pl,PL,5000000,120,8,40000,HIGH,yes,no,3\r\n"
        + "\r\n"
        + "Short " + company + ",row\r\n"
        + "Other " + company + ",Jan,jan@other-" + company + ".de,DE,900000,12,2,9000,LOW,no,no,12\r\n";
    long instancesBefore = runtime.createProcessInstanceQuery().count();

    ResponseEntity<JsonNode> response = upload("leads.csv", csv);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode report = response.getBody();
    assertThat(report.get("rows").asInt()).isEqualTo(5);
    assertThat(report.get("created").asInt()).isEqualTo(2);
    assertThat(report.get("duplicates").asInt()).isEqualTo(1);
    assertThat(report.get("invalid").asInt()).isEqualTo(2);
    assertThat(report.get("unlisted").asInt()).isZero();
    JsonNode rows = report.get("results");
    assertThat(rows.findValuesAsText("line")).as("only the rows that need attention")
        .containsExactly("3", "5", "7");
    assertThat(rows.findValuesAsText("outcome")).containsExactly("INVALID", "DUPLICATE", "INVALID");
    assertThat(rows.get(0).get("errors").findValuesAsText("field"))
        .containsExactly("contactEmail", "annualRevenue");
    String first = jdbc.queryForObject("select id from sales_lead where company_name = ?",
        String.class, company + ", Inc");
    assertThat(rows.get(1).get("leadId").asText()).isEqualTo(first);
    assertThat(rows.get(2).get("errors").get(0).get("message").asText())
        .isEqualTo("has 2 values, the header 12");
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore + 2);
    assertThat(jdbc.queryForObject("select country from sales_lead where id = ?", String.class,
        first)).isEqualTo("PL");

    JsonNode again = upload("leads.csv", csv).getBody();
    assertThat(again.get("created").asInt()).isZero();
    assertThat(again.get("duplicates").asInt()).isEqualTo(3);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instancesBefore + 2);
  }

  @Test
  void aRowFromACountryWeDoNotServeIsReportedNamingTheField() {
    String company = unique();
    String csv = HEADER + "\n"
        + "Brazil " + company + ",Ana,ana@" + company + ".com.br,BR,5000000,120,8,40000,HIGH,yes,yes,3\n"
        + "Britain " + company + ",Ann,ann@" + company + ".co.uk,UK,5000000,120,8,40000,HIGH,yes,yes,3\n";

    JsonNode report = upload("leads.csv", csv).getBody();

    assertThat(report.get("results").findValuesAsText("outcome")).containsExactly("INVALID");
    assertThat(report.get("created").asInt()).isEqualTo(1);
    JsonNode error = report.get("results").get(0).get("errors").get(0);
    assertThat(error.get("field").asText()).isEqualTo("country");
    assertThat(error.get("message").asText())
        .startsWith("must be the ISO code of a country we serve").contains("Germany (DE)");
    assertThat(jdbc.queryForObject("select country from sales_lead where company_name = ?",
        String.class, "Britain " + company)).isEqualTo("GB");
  }

  @Test
  void aFileThatIsNotReadableCsvIsRefusedAsAWhole() {
    long leadsBefore = leadRows();
    String company = unique();

    ResponseEntity<JsonNode> unclosed = upload("leads.csv", HEADER + "\n"
        + company + ",Anna,anna@" + company + ".pl,PL,5000000,120,8,40000,HIGH,yes,yes,3\n"
        + "\"Unclosed,Anna,anna@x.pl,PL,5000000,120,8,40000,HIGH,yes,yes,3\n");
    assertProblem(unclosed, HttpStatus.BAD_REQUEST);
    assertThat(unclosed.getBody().get("detail").asText()).contains("Line 3").contains("not closed");

    ResponseEntity<JsonNode> badHeader = upload("leads.csv", "company,contactEmail,country\nA,a@a.pl,PL\n");
    assertProblem(badHeader, HttpStatus.BAD_REQUEST);
    assertThat(badHeader.getBody().get("detail").asText())
        .contains("unknown columns [company]").contains("lacks required columns");

    assertProblem(upload("empty.csv", ""), HttpStatus.BAD_REQUEST);
    assertThat(leadRows()).isEqualTo(leadsBefore);
  }

  @Test
  void wrongContentTypeMissingFileAndOversizedUploadsGetTheirOwnStatus() {
    HttpHeaders csvHeaders = new HttpHeaders();
    csvHeaders.setContentType(MediaType.valueOf("text/csv"));
    assertProblem(http.withBasicAuth("import-api", "secret").exchange("/api/leads/import",
        HttpMethod.POST, new HttpEntity<>(HEADER, csvHeaders), JsonNode.class),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE);

    var noFile = new LinkedMultiValueMap<String, Object>();
    noFile.add("other", "x");
    assertProblem(post(noFile), HttpStatus.BAD_REQUEST);

    byte[] eleven = new byte[11 * 1024 * 1024];
    java.util.Arrays.fill(eleven, (byte) 'a');
    assertProblem(upload("huge.csv", new String(eleven, StandardCharsets.US_ASCII)),
        HttpStatus.PAYLOAD_TOO_LARGE);
  }

  @Test
  void tenThousandRowsTheLimitBecomeTenThousandLeadsWithProgressInTheLogAndAShortReport(
      CapturedOutput output) {
    String batch = unique();
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 10_000; i++) {
      csv.append("Company ").append(i).append(' ').append(batch).append(",Contact ").append(i)
          .append(",contact").append(i).append('@').append(batch).append("-").append(i)
          .append(".example,PL,5000000,120,8,40000,HIGH,true,true,3\n");
    }

    ResponseEntity<String> response = http.withBasicAuth("import-api", "secret").exchange(
        "/api/leads/import", HttpMethod.POST, CsvUpload.of("ten-thousand.csv", csv.toString()),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().length()).as("counts only, no row by row list").isLessThan(200);
    assertThat(response.getBody()).contains("\"rows\":10000", "\"created\":10000",
        "\"results\":[]", "\"unlisted\":0");
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where company_name like ?",
        Long.class, "%" + batch)).isEqualTo(10_000);
    assertThat(runtime.createProcessInstanceQuery().variableValueLike("companyName", "%" + batch)
        .count()).isEqualTo(10_000);
    assertThat(output.getOut()).contains("Lead import by import-api: 5000 rows, 5000 created")
        .contains("Lead import by import-api: 10000 rows, 10000 created");
  }

  private ResponseEntity<JsonNode> upload(String name, String content) {
    return http.withBasicAuth("import-api", "secret").exchange("/api/leads/import",
        HttpMethod.POST, CsvUpload.of(name, content), JsonNode.class);
  }

  private ResponseEntity<JsonNode> post(LinkedMultiValueMap<String, Object> parts) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return http.withBasicAuth("import-api", "secret").exchange("/api/leads/import",
        HttpMethod.POST, new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private long leadRows() {
    return jdbc.queryForObject("select count(*) from sales_lead", Long.class);
  }

  private static String unique() {
    return "co" + UUID.randomUUID().toString().substring(0, 8);
  }

}
