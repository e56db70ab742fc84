package org.salescycle.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The pipeline read model as a CSV file: one row per open lead, for a spreadsheet. UTF-8 with a
 * BOM (so Excel reads Polish letters right), the separator and decimal mark of the reader's
 * locale ({@link SpreadsheetCsv}), text that could run as a formula made inert.
 */
@Component
class PipelineCsv {

  static final String[] COLUMNS = {"leadId", "companyName", "stage", "owner", "dealValue",
      "probability", "weightedValue", "stageEnteredAt", "daysInStage", "lastActivityAt", "urgent"};
  static final String HEADER = String.join(",", COLUMNS);
  private static final String BOM = "\uFEFF";

  private final JdbcTemplate jdbc;
  private final PipelineProperties properties;

  PipelineCsv(JdbcTemplate jdbc, PipelineProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  byte[] openLeads(Instant asOf, SpreadsheetCsv flavour) {
    StringBuilder csv = new StringBuilder(BOM);
    try (CSVPrinter printer = new CSVPrinter(csv, flavour.format())) {
      printer.printRecord((Object[]) COLUMNS);
      jdbc.query("""
          select id, company_name, stage, owner, deal_value, stage_entered_at, last_activity_at,
                 urgent
            from sales_lead where closed_at is null and stage is not null
           order by stage_entered_at, id""",
          rs -> {
            var stage = org.salescycle.stage.Stage.valueOf(rs.getString("stage"));
            int probability = properties.probabilityOf(stage);
            BigDecimal value = rs.getBigDecimal("deal_value");
            Instant entered = rs.getTimestamp("stage_entered_at").toInstant();
            var lastActivity = rs.getTimestamp("last_activity_at");
            print(printer,
                SpreadsheetCsv.inert(rs.getString("id")),
                SpreadsheetCsv.inert(rs.getString("company_name")),
                stage.name(),
                SpreadsheetCsv.inert(rs.getString("owner")),
                value == null ? "" : flavour.number(value),
                String.valueOf(probability),
                value == null ? ""
                    : flavour.number(PipelineFigures.weighted(value, probability)),
                entered.toString(),
                flavour.number(
                    BigDecimal.valueOf(PipelineFigures.days(entered, asOf)).setScale(2)),
                lastActivity == null ? "" : lastActivity.toInstant().toString(),
                String.valueOf(rs.getBoolean("urgent")));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void print(CSVPrinter printer, String... values) {
    try {
      printer.printRecord((Object[]) values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
