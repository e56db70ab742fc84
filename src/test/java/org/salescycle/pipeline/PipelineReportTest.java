package org.salescycle.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.salescycle.web.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.identity.TestUsers;
import org.salescycle.pipeline.PipelineReport.StageFigures;
import org.salescycle.pipeline.PipelineReport.Summary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The pipeline report on a seeded data set whose every figure is worked out below by hand: six
 * open leads, five closed ones, their stage histories around a fixed moment, three owners.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PipelineReportTest {

  static final Instant AS_OF = Instant.parse("2026-06-30T12:00:00Z");
  static final Instant FROM = AS_OF.minus(Duration.ofDays(30));

  @Autowired PipelineReporter reporter;
  @Autowired FunnelRefill funnel;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;
  @Autowired IdentityService identity;

  @BeforeEach
  void seed() {
    jdbc.update("delete from stage_history");
    jdbc.update("delete from sales_lead");
    // open leads: id, stage, days in stage, owner, value, days since last activity
    open("L1", "QUALIFYING", 2, "rita", 10_000, 1);
    open("L2", "QUALIFYING", 4, "ray", 30_000, 4);
    open("L3", "QUALIFYING", 10, null, 20_000, 10);
    open("L4", "PROSPECT", 5, "rita", 50_000, 5);
    open("L5", "PROPOSAL", 20, "rita", 40_000, 12);
    open("L6", "NURTURE", 60, "ray", 8_000, 60);
    closed("W1", "rita");
    closed("W2", "ray");
    closed("X1", "rita");
    closed("X2", null);
    closed("X3", "ray");
    // stage histories: instance, then (stage, reason, days before AS_OF) in order
    history("L1", "LEAD", null, 2.05, "QUALIFYING", null, 2);
    history("L2", "LEAD", null, 4.05, "QUALIFYING", null, 4);
    history("L3", "LEAD", null, 10.05, "QUALIFYING", null, 10);
    history("L4", "LEAD", null, 8, "QUALIFYING", null, 7, "PROSPECT", null, 5);
    history("L5", "LEAD", null, 40, "QUALIFYING", null, 35, "PROSPECT", null, 28,
        "EVALUATION", null, 25, "PROPOSAL", null, 20);
    history("L6", "LEAD", null, 70, "QUALIFYING", null, 69, "NURTURE", null, 60);
    history("W1", "LEAD", null, 25, "QUALIFYING", null, 24, "PROSPECT", null, 20,
        "EVALUATION", null, 18, "PROPOSAL", null, 15, "WON", null, 5);
    history("W2", "LEAD", null, 50, "QUALIFYING", null, 49, "PROSPECT", null, 45,
        "EVALUATION", null, 40, "PROPOSAL", null, 35, "WON", null, 3);
    history("X1", "LEAD", null, 15, "QUALIFYING", null, 14, "LOST", "NOT_INTERESTED", 13);
    history("X2", "LEAD", null, 6, "DISQUALIFIED", "OUTSIDE_MARKET", 5.9);
    history("X3", "LEAD", null, 12, "QUALIFYING", null, 11, "PROSPECT", null, 9,
        "EVALUATION", null, 8, "LOST", "CREDIT_DECLINED", 7);
    assertThat(funnel.run()).as("funnels filled from the history").isEqualTo(11);
  }

  @Test
  void openLeadsPerStageWithValueWeightedValueAndAges() {
    Summary all = reporter.report(FROM, AS_OF, AS_OF, "").all();

    // QUALIFYING: L1 (2 d), L2 (4 d), L3 (10 d); 60,000 at 10% = 6,000; median 4, p90 rank 3 = 10
    assertThat(stage(all, "QUALIFYING")).isEqualTo(new StageFigures("QUALIFYING", 10, 3,
        money("60000.00"), money("6000.00"), 4.0, 10.0, "Qualifying", false,
        "60,000.00 EUR", "6,000.00 EUR"));
    assertThat(stage(all, "PROSPECT")).isEqualTo(new StageFigures("PROSPECT", 20, 1,
        money("50000.00"), money("10000.00"), 5.0, 5.0, "Prospect", false,
        "50,000.00 EUR", "10,000.00 EUR"));
    assertThat(stage(all, "PROPOSAL")).isEqualTo(new StageFigures("PROPOSAL", 65, 1,
        money("40000.00"), money("26000.00"), 20.0, 20.0, "Proposal", false,
        "40,000.00 EUR", "26,000.00 EUR"));
    assertThat(stage(all, "NURTURE")).isEqualTo(new StageFigures("NURTURE", 5, 1,
        money("8000.00"), money("400.00"), 60.0, 60.0, "Nurture", true,
        "8,000.00 EUR", "400.00 EUR"));
    assertThat(stage(all, "LEAD")).isEqualTo(new StageFigures("LEAD", 5, 0,
        money("0.00"), money("0.00"), null, null, "Lead", false, "0.00 EUR", "0.00 EUR"));
    assertThat(all.stages()).extracting(StageFigures::stage).containsExactly("LEAD",
        "QUALIFYING", "NURTURE", "PROSPECT", "EVALUATION", "PROPOSAL");
    assertThat(all.openLeads()).isEqualTo(6);
    // 60,000 + 50,000 + 40,000 + 8,000; 6,000 + 10,000 + 26,000 + 400
    assertThat(all.totalValue()).isEqualTo(money("158000.00"));
    assertThat(all.weightedValue()).isEqualTo(money("42400.00"));
    assertThat(all.totalValueText()).isEqualTo("158,000.00 EUR");
    assertThat(all.weightedValueText()).isEqualTo("42,400.00 EUR");
  }

  @Test
  void anEvenCountHasTheMeanOfItsTwoMiddleAgesAsMedian() {
    open("L7", "QUALIFYING", 6, "rita", 5_000, 6);

    // QUALIFYING: 2, 4, 6 and 10 days; median (4 + 6) / 2, p90 rank ceil(3.6) = 4 -> 10
    assertThat(stage(reporter.report(FROM, AS_OF, AS_OF, "").all(), "QUALIFYING"))
        .isEqualTo(new StageFigures("QUALIFYING", 10, 4, money("65000.00"), money("6500.00"),
            5.0, 10.0, "Qualifying", false, "65,000.00 EUR", "6,500.00 EUR"));
    // rita's: L1 (2 d) and L7 (6 d); median 4, p90 rank ceil(1.8) = 2 -> 6
    assertThat(stage(rep(reporter.report(FROM, AS_OF, AS_OF, ""), "rita"), "QUALIFYING"))
        .isEqualTo(new StageFigures("QUALIFYING", 10, 2, money("15000.00"), money("1500.00"),
            4.0, 6.0, "Qualifying", false, "15,000.00 EUR", "1,500.00 EUR"));
  }

  @Test
  void conversionsWinsLossesAndCycleLengthInThePeriod() {
    Summary all = reporter.report(FROM, AS_OF, AS_OF, "").all();

    // entered LEAD in the last 30 days: L1 L2 L3 L4 W1 X1 X2 X3 (8); all but X2 qualified
    // QUALIFYING: L1 L2 L3 L4 W1 X1 X3 (7) -> PROSPECT: L4 W1 X3 (3)
    // PROSPECT: L4 L5 W1 X3 (4) -> EVALUATION: L5 W1 X3 (3); EVALUATION: L5 W1 X3 -> PROPOSAL: L5 W1
    // PROPOSAL: L5 W1 -> WON: W1 (W2 entered its stages before the period)
    assertThat(all.conversions()).containsExactly(
        new PipelineReport.Conversion("LEAD", "QUALIFYING", 8, 7, 0.88, "Lead", "Qualifying"),
        new PipelineReport.Conversion("QUALIFYING", "PROSPECT", 7, 3, 0.43, "Qualifying",
            "Prospect"),
        new PipelineReport.Conversion("PROSPECT", "EVALUATION", 4, 3, 0.75, "Prospect",
            "Evaluation"),
        new PipelineReport.Conversion("EVALUATION", "PROPOSAL", 3, 2, 0.67, "Evaluation",
            "Proposal"),
        new PipelineReport.Conversion("PROPOSAL", "WON", 2, 1, 0.5, "Proposal", "Won"));
    assertThat(all.won()).isEqualTo(2);
    assertThat(all.lost()).isEqualTo(2);
    assertThat(all.disqualified()).isEqualTo(1);
    assertThat(all.winRate()).isEqualTo(0.4);
    assertThat(all.lostReasons()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "NOT_INTERESTED", 1L, "CREDIT_DECLINED", 1L, "OUTSIDE_MARKET", 1L));
    // W1: 25 - 5 = 20 days, W2: 50 - 3 = 47 days
    assertThat(all.averageCycleDays()).isEqualTo(33.5);
  }

  @Test
  void eachWonCycleCountsInDaysToTwoDecimalsBeforeTheMeanIsTaken() {
    closed("W3", "rita");
    history("W3", "LEAD", null, 2.125, "QUALIFYING", null, 2, "PROSPECT", null, 1.9,
        "EVALUATION", null, 1.8, "PROPOSAL", null, 1.5, "WON", null, 1);
    assertThat(funnel.run()).isEqualTo(12);
    PipelineReport report = reporter.report(FROM, AS_OF, AS_OF, "");

    // W3: 2.125 - 1 = 1.125 days, counted as 1.13; rita's: (20 + 1.13) / 2 = 10.565 -> 10.57
    // (10.56 from the unrounded 1.125)
    assertThat(rep(report, "rita").averageCycleDays()).isEqualTo(10.57);
    // everyone's: (20 + 47 + 1.13) / 3 = 22.71
    assertThat(report.all().averageCycleDays()).isEqualTo(22.71);
  }

  @Test
  void stalledProspectsOldestActivityFirstAndTheFiguresPerRep() {
    if (identity.createUserQuery().userId("rita").count() == 0) {
      User rita = identity.newUser("rita");
      rita.setFirstName("Rita");
      rita.setLastName("Rep");
      rita.setPassword("secret");
      identity.saveUser(rita);
    }
    PipelineReport report = reporter.report(FROM, AS_OF, AS_OF, "http://sales");

    // L5: PROPOSAL idle 12 d > 10 d; L3: QUALIFYING 10 d > 3 d; L2: 4 d > 3 d.
    // L4 (PROSPECT, 5 of 10 d), L1 (1 d) and L6 (NURTURE never stalls) are not stalled.
    assertThat(report.stalled()).extracting(PipelineReport.StalledLead::leadId)
        .containsExactly("L5", "L3", "L2");
    assertThat(report.stalled()).extracting(PipelineReport.StalledLead::idleDays)
        .containsExactly(12.0, 10.0, 4.0);
    assertThat(report.stalled()).extracting(PipelineReport.StalledLead::stageLabel)
        .containsExactly("Proposal", "Qualifying", "Qualifying");
    // rita has a name; nobody owns L3; ray is no user of this engine: his id stands for him
    assertThat(report.stalled()).extracting(PipelineReport.StalledLead::ownerName)
        .containsExactly("Rita Rep", null, "ray");
    assertThat(report.stalled().get(0).cockpitUrl())
        .isEqualTo("http://sales/camunda/app/cockpit/default/#/process-instance/pi-L5");
    assertThat(report.all().stalledLeads()).isEqualTo(3);

    assertThat(report.perRep()).extracting(PipelineReport.RepSummary::owner)
        .containsExactly(PipelineReporter.UNASSIGNED, "ray", "rita");
    Summary rita = rep(report, "rita");
    assertThat(rita.openLeads()).isEqualTo(3);
    assertThat(rita.totalValue()).isEqualTo(money("100000.00"));
    assertThat(rita.weightedValue()).isEqualTo(money("37000.00"));
    assertThat(rita.won()).isEqualTo(1);
    assertThat(rita.lost()).isEqualTo(1);
    assertThat(rita.winRate()).isEqualTo(0.5);
    assertThat(rita.averageCycleDays()).isEqualTo(20.0);
    assertThat(rita.stalledLeads()).isEqualTo(1);
    Summary ray = rep(report, "ray");
    assertThat(ray.weightedValue()).isEqualTo(money("3400.00"));
    assertThat(ray.averageCycleDays()).isEqualTo(47.0);
    assertThat(ray.lostReasons()).containsOnlyKeys("CREDIT_DECLINED");
    Summary unassigned = rep(report, PipelineReporter.UNASSIGNED);
    assertThat(unassigned.disqualified()).isEqualTo(1);
    assertThat(unassigned.winRate()).isEqualTo(0.0);
    assertThat(unassigned.averageCycleDays()).isNull();
    assertThat(unassigned.stalledLeads()).isEqualTo(1);
  }

  @Test
  void managersGetTheReportAndTheCsvRepsDoNot() {
    TestUsers.ensure(identity, "mia-pipeline", "secret", "sales-managers");
    TestUsers.ensure(identity, "rita-pipeline", "secret", "sales-reps");

    ResponseEntity<JsonNode> report = http.withBasicAuth("mia-pipeline", "secret")
        .getForEntity("/api/pipeline?from=2026-06-01&to=2026-06-30", JsonNode.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(report.getBody().get("all").get("openLeads").asInt()).isEqualTo(6);
    assertThat(report.getBody().get("from").asText()).isEqualTo("2026-06-01T00:00:00Z");
    assertThat(report.getBody().get("to").asText()).isEqualTo("2026-07-01T00:00:00Z");
    assertThat(report.getBody().get("all").get("won").asInt()).isEqualTo(2);

    ResponseEntity<String> csv = http.withBasicAuth("mia-pipeline", "secret")
        .getForEntity("/api/pipeline/leads.csv", String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getBody()).startsWith("\uFEFF");
    List<String> lines = csv.getBody().substring(1).lines().toList();
    assertThat(lines).hasSize(7).first().isEqualTo(PipelineCsv.HEADER);
    assertThat(lines).anySatisfy(line -> assertThat(line)
        .startsWith("L5,Company L5,PROPOSAL,rita,40000.00,65,26000.00,"));

    assertProblem(http.withBasicAuth("rita-pipeline", "secret")
        .getForEntity("/api/pipeline", JsonNode.class), HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("rita-pipeline", "secret")
        .getForEntity("/api/pipeline/leads.csv", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<JsonNode> badDate = http.withBasicAuth("mia-pipeline", "secret")
        .getForEntity("/api/pipeline?from=yesterday", JsonNode.class);
    assertProblem(badDate, HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody().get("errors").get(0).get("field").asText()).isEqualTo("from");
  }

  @Test
  void theCsvOpensInExcelInAPolishAndAnEnglishLocaleWithFormulasMadeInert() {
    TestUsers.ensure(identity, "mia-pipeline", "secret", "sales-managers");
    jdbc.update("update sales_lead set company_name = ? where id = 'L4'", "Zakłady Mięsne Łódź");
    jdbc.update("update sales_lead set company_name = ? where id = 'L5'",
        "=HYPERLINK(\"http://evil.example\",\"Łódź\")");
    jdbc.update("update sales_lead set owner = '@rita' where id = 'L1'");

    String polish = csvBytes("", "pl-PL,pl;q=0.9,en;q=0.5");
    String english = csvBytes("", "en-US,en;q=0.9");
    String chosen = csvBytes("?separator=;", "en-US");
    String plain = csvBytes("", null);

    assertThat(polish.lines().findFirst().orElseThrow())
        .isEqualTo(PipelineCsv.HEADER.replace(',', ';'));
    assertThat(polish).contains("L4;Zakłady Mięsne Łódź;PROSPECT;rita;50000,00;20;10000,00;")
        .contains("L5;\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Łódź\"\")\";PROPOSAL;")
        .contains("L1;Company L1;QUALIFYING;'@rita;10000,00;");
    assertThat(english.lines().findFirst().orElseThrow()).isEqualTo(PipelineCsv.HEADER);
    assertThat(english).contains("L4,Zakłady Mięsne Łódź,PROSPECT,rita,50000.00,20,10000.00,")
        .contains("L5,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Łódź\"\")\",PROPOSAL,");
    assertThat(chosen).isEqualTo(polish);
    assertThat(plain).isEqualTo(english);
    ResponseEntity<String> badSeparator = http.withBasicAuth("mia-pipeline", "secret")
        .getForEntity("/api/pipeline/leads.csv?separator=tab", String.class);
    assertThat(badSeparator.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badSeparator.getHeaders().getContentType().toString())
        .startsWith("application/problem+json");
    assertThat(badSeparator.getBody()).contains("\"field\":\"separator\"");
  }

  /** The export's bytes after checking they start with a UTF-8 BOM, decoded strictly. */
  private String csvBytes(String query, String acceptLanguage) {
    HttpHeaders headers = new HttpHeaders();
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    ResponseEntity<byte[]> response = http.withBasicAuth("mia-pipeline", "secret").exchange(
        "/api/pipeline/leads.csv" + query, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    byte[] bytes = response.getBody();
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .decode(java.nio.ByteBuffer.wrap(bytes, 3, bytes.length - 3)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new AssertionError("not UTF-8", e);
    }
  }

  @Test
  void theJsonKeepsItsCodesAndAddsStagesInWordsAndMoneyWithItsCurrency() {
    TestUsers.ensure(identity, "mia-pipeline", "secret", "sales-managers");

    JsonNode report = http.withBasicAuth("mia-pipeline", "secret")
        .getForObject("/api/pipeline", JsonNode.class);

    assertThat(report.get("currency").asText()).isEqualTo("EUR");
    JsonNode all = report.get("all");
    assertThat(all.get("totalValue").decimalValue()).isEqualByComparingTo("158000");
    assertThat(all.get("totalValueText").asText()).isEqualTo("158,000.00 EUR");
    JsonNode nurture = all.get("stages").get(2);
    assertThat(nurture.get("stage").asText()).isEqualTo("NURTURE");
    assertThat(nurture.get("label").asText()).isEqualTo("Nurture");
    assertThat(nurture.get("sideTrack").asBoolean()).isTrue();
    assertThat(nurture.get("weightedValueText").asText()).isEqualTo("400.00 EUR");
    assertThat(all.get("stages").get(1).get("sideTrack").asBoolean()).isFalse();
    JsonNode lastStep = all.get("conversions").get(4);
    assertThat(lastStep.get("from").asText()).isEqualTo("PROPOSAL");
    assertThat(lastStep.get("fromLabel").asText()).isEqualTo("Proposal");
    assertThat(lastStep.get("toLabel").asText()).isEqualTo("Won");
    assertThat(report.get("stalled").get(0).get("stage").asText()).isEqualTo("PROPOSAL");
    assertThat(report.get("stalled").get(0).get("stageLabel").asText()).isEqualTo("Proposal");
    assertThat(report.get("perRep").get(0).get("figures").get("stages").get(0).get("label")
        .asText()).isEqualTo("Lead");

    String openApi = http.withBasicAuth("mia-pipeline", "secret")
        .getForObject("/v3/api-docs", String.class);
    assertThat(openApi).contains("\"sideTrack\"", "\"totalValueText\"", "\"fromLabel\"",
        "\"stageLabel\"", "\"ownerName\"", "ISO 4217 code of every value in the report");
  }

  private void open(String id, String stage, int daysInStage, String owner, int value,
      int daysIdle) {
    jdbc.update("""
        insert into sales_lead (id, company_name, contact_email, country, open_email, owner,
          process_instance_id, stage, stage_entered_at, deal_value, last_activity_at, created_at)
        values (?, ?, ?, 'PL', ?, ?, ?, ?, ?, ?, ?, ?)""",
        id, "Company " + id, id + "@example.com", id + "@example.com", owner, "pi-" + id, stage,
        daysAgo(daysInStage), BigDecimal.valueOf(value), daysAgo(daysIdle), daysAgo(90));
  }

  private void closed(String id, String owner) {
    jdbc.update("""
        insert into sales_lead (id, company_name, contact_email, country, owner,
          process_instance_id, created_at, closed_at)
        values (?, ?, ?, 'PL', ?, ?, ?, ?)""",
        id, "Company " + id, id + "@example.com", owner, "pi-" + id, daysAgo(90), daysAgo(1));
  }

  /**
   * Triples of stage, reason and days before AS_OF (fractions allowed); the lead row's current
   * stage becomes the last one, as the stage recorder leaves it.
   */
  private void history(String id, Object... entries) {
    for (int i = 0; i < entries.length; i += 3) {
      double days = ((Number) entries[i + 2]).doubleValue();
      Timestamp entered = Timestamp.from(AS_OF.minusSeconds(Math.round(days * 86_400)));
      jdbc.update("""
          insert into stage_history (process_instance_id, business_key, stage, reason, entered_at)
          values (?, ?, ?, ?, ?)""",
          "pi-" + id, id, entries[i], entries[i + 1], entered);
      jdbc.update("update sales_lead set stage = ?, stage_entered_at = ? where id = ?",
          entries[i], entered, id);
    }
  }

  private static Timestamp daysAgo(int days) {
    return Timestamp.from(AS_OF.minus(Duration.ofDays(days)));
  }

  private static BigDecimal money(String amount) {
    return new BigDecimal(amount);
  }

  private static StageFigures stage(Summary summary, String stage) {
    return summary.stages().stream().filter(s -> s.stage().equals(stage)).findFirst()
        .orElseThrow();
  }

  private static Summary rep(PipelineReport report, String owner) {
    return report.perRep().stream().filter(r -> r.owner().equals(owner)).findFirst()
        .orElseThrow().figures();
  }
}
