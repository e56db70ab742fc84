package org.salescycle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code POST /api/leads/import} with files built byte for byte as Excel saves them: "CSV UTF-8"
 * (BOM, semicolons in a Polish locale, CRLF), plain CSV in windows-1250, decimal commas, TAK/NIE;
 * and the limits of one import.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExcelLeadFilesTest {

  static final Charset WINDOWS_1250 = Charset.forName("windows-1250");
  static final String HEADER = "companyName;contactName;contactEmail;country;annualRevenue;"
      + "employees;yearsInBusiness;estimatedDealValue;needLevel;budgetConfirmed;decisionMaker;"
      + "purchaseTimelineMonths";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.ensure(identity, "import-excel", "secret", "lead-sources");
  }

  @Test
  void csvUtf8FromAPolishExcelIsReadWithItsLettersDecimalCommasAndTakNie() {
    String batch = unique();
    String company = "Zakłady Mięsne Łódź " + batch;
    String text = HEADER + "\r\n"
        + company + ";Paweł Żółć;pawel@" + batch + ".pl;PL;5000000,50;120;8;40000,25;HIGH;TAK;nie;3\r\n"
        + "\"Spółka; " + batch + "\";Ewa Świątek;ewa@" + batch + "-2.pl;PL;5\u00A0000\u00A0000,50;1 200;8;40 000;HIGH;Tak;NIE;3\r\n";
    byte[] file = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        text.getBytes(StandardCharsets.UTF_8));

    JsonNode report = upload(file, null, "").getBody();

    assertThat(report.get("created").asInt()).as(report.toString()).isEqualTo(2);
    ProcessInstance first = lead(company);
    assertThat(runtime.getVariable(first.getId(), "annualRevenue")).isEqualTo(5000000.5);
    assertThat(runtime.getVariable(first.getId(), "estimatedDealValue")).isEqualTo(40000.25);
    assertThat(runtime.getVariable(first.getId(), "budgetConfirmed")).isEqualTo(true);
    assertThat(runtime.getVariable(first.getId(), "decisionMaker")).isEqualTo(false);
    assertThat(jdbc.queryForObject("select contact_name from sales_lead where company_name = ?",
        String.class, company)).isEqualTo("Paweł Żółć");
    ProcessInstance second = lead("Spółka; " + batch);
    assertThat(runtime.getVariable(second.getId(), "annualRevenue")).isEqualTo(5000000.5);
    assertThat(runtime.getVariable(second.getId(), "employees")).isEqualTo(1200);
    assertThat(runtime.getVariable(second.getId(), "budgetConfirmed")).isEqualTo(true);
  }

  @Test
  void windows1250IsReadWhenTheUploadDeclaresIt() {
    String batch = unique();
    String byPart = "Zakłady Mięsne Łódź " + batch;
    String byParameter = "Żywiec Zdrój " + batch;

    JsonNode declaredByPart = upload(windows1250(byPart, batch),
        MediaType.valueOf("text/csv; charset=windows-1250"), "").getBody();
    JsonNode declaredByParameter = upload(windows1250(byParameter, batch + "p"), null,
        "?charset=cp1250&separator=semicolon").getBody();

    assertThat(declaredByPart.get("created").asInt()).as(declaredByPart.toString()).isEqualTo(1);
    assertThat(declaredByParameter.get("created").asInt()).as(declaredByParameter.toString())
        .isEqualTo(1);
    assertThat(jdbc.queryForList("select company_name from sales_lead where company_name like ?",
        String.class, "%" + batch)).containsExactlyInAnyOrder(byPart, byParameter);
    assertThat(jdbc.queryForObject("select contact_name from sales_lead where company_name = ?",
        String.class, byPart)).isEqualTo("Paweł Żółć");
  }

  @Test
  void windows1250NotDeclaredIsRefusedNamingTheLineAndNothingIsCreated() {
    String batch = unique();
    String valid = "Acme " + batch + ";Jan;jan@" + batch + ".pl;PL;5000000;120;8;40000;HIGH;TAK;TAK;3\r\n";
    byte[] file = concat((HEADER + "\r\n" + valid).getBytes(StandardCharsets.UTF_8),
        ("Łódź " + batch + ";Paweł;pawel@" + batch + "-2.pl;PL;5000000;120;8;40000;HIGH;TAK;TAK;3\r\n")
            .getBytes(WINDOWS_1250));

    ResponseEntity<JsonNode> refused = upload(file, null, "");

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").asText())
        .startsWith("Line 3: the file is not valid UTF-8 (byte 0xA3)")
        .contains("charset=windows-1250");
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where company_name like ?",
        Long.class, "%" + batch)).isZero();
    ResponseEntity<JsonNode> badCharset = upload(file, null, "?charset=klingon");
    assertProblem(badCharset, HttpStatus.BAD_REQUEST);
    assertThat(badCharset.getBody().get("errors").get(0).get("field").asText()).isEqualTo("charset");
  }

  @Test
  void aSemicolonFileReadWithCommasIsRefusedNamingTheSeparator() {
    byte[] file = (HEADER + "\r\nA;B;a@b.pl;PL;1;1;1;1;HIGH;TAK;TAK;3\r\n")
        .getBytes(StandardCharsets.UTF_8);

    ResponseEntity<JsonNode> refused = upload(file, null, "?separator=,");

    assertProblem(refused, HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("detail").asText()).contains("unknown columns")
        .contains("read as separated by ','").contains("separator=;");
    assertProblem(upload(file, null, "?separator=tab"), HttpStatus.BAD_REQUEST);
  }

  @Test
  void aFilePastTheRowLimitIsRefusedWith413BeforeAnyLeadIsCreated() {
    String batch = unique();
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (int i = 0; i <= 10_000; i++) {
      csv.append("Company ").append(i).append(' ').append(batch).append(";C;c").append(i)
          .append('@').append(batch).append(".example;PL;5000000;120;8;40000;HIGH;TAK;TAK;3\r\n");
    }

    ResponseEntity<JsonNode> refused = upload(csv.toString().getBytes(StandardCharsets.UTF_8),
        null, "");

    assertProblem(refused, HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(refused.getBody().get("detail").asText()).contains("more than 10,000 rows");
    assertThat(refused.getBody().get("maxRows").asInt()).isEqualTo(10_000);
    assertThat(jdbc.queryForObject("select count(*) from sales_lead where company_name like ?",
        Long.class, "%" + batch)).isZero();
  }

  @Test
  void theReportListsTheFirstHundredRowsThatNeedAttentionAndCountsTheRest() {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append("Short row ").append(i).append(";only two values\r\n");
    }

    ResponseEntity<String> response = http.withBasicAuth("import-excel", "secret").exchange(
        "/api/leads/import", HttpMethod.POST,
        CsvUpload.of("short.csv", csv.toString().getBytes(StandardCharsets.UTF_8), null),
        String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().length()).as("bounded whatever the file").isLessThan(16_000);
    assertThat(response.getBody()).contains("\"rows\":10000", "\"invalid\":10000",
        "\"unlisted\":9900", "\"line\":101,", "\"line\":2,").doesNotContain("\"line\":102,");
  }

  private byte[] windows1250(String company, String batch) {
    return (HEADER + "\r\n" + company + ";Paweł Żółć;pawel@" + batch
        + ".pl;PL;5000000,50;120;8;40000;HIGH;TAK;NIE;3\r\n").getBytes(WINDOWS_1250);
  }

  private ProcessInstance lead(String company) {
    return runtime.createProcessInstanceQuery().variableValueEquals("companyName", company)
        .singleResult();
  }

  private ResponseEntity<JsonNode> upload(byte[] file, MediaType partType, String query) {
    return http.withBasicAuth("import-excel", "secret").exchange("/api/leads/import" + query,
        HttpMethod.POST, CsvUpload.of("leads.csv", file, partType), JsonNode.class);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }

  private static String unique() {
    return "co" + UUID.randomUUID().toString().substring(0, 8);
  }
}
