package org.salescycle.pipeline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The pipeline read model as a CSV file: one row per open lead, for a spreadsheet. */
@Component
class PipelineCsv {

  static final String HEADER = "leadId,companyName,stage,owner,dealValue,probability,"
      + "weightedValue,stageEnteredAt,daysInStage,lastActivityAt,urgent";

  private final JdbcTemplate jdbc;
  private final PipelineProperties properties;

  PipelineCsv(JdbcTemplate jdbc, PipelineProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  String openLeads(Instant asOf) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    List<String> rows = jdbc.query("""
        select id, company_name, stage, owner, deal_value, stage_entered_at, last_activity_at,
               urgent
          from sales_lead where closed_at is null and stage is not null
         order by stage_entered_at, id""",
        (rs, row) -> {
          var stage = org.salescycle.stage.Stage.valueOf(rs.getString("stage"));
          int probability = properties.probabilityOf(stage);
          BigDecimal value = rs.getBigDecimal("deal_value");
          Instant entered = rs.getTimestamp("stage_entered_at").toInstant();
          var lastActivity = rs.getTimestamp("last_activity_at");
          return String.join(",",
              quoted(rs.getString("id")),
              quoted(rs.getString("company_name")),
              stage.name(),
              quoted(rs.getString("owner")),
              value == null ? "" : value.toPlainString(),
              String.valueOf(probability),
              value == null ? "" : PipelineFigures.weighted(value, probability).toPlainString(),
              entered.toString(),
              BigDecimal.valueOf(PipelineFigures.days(entered, asOf)).setScale(2).toPlainString(),
              lastActivity == null ? "" : lastActivity.toInstant().toString(),
              String.valueOf(rs.getBoolean("urgent")));
        });
    rows.forEach(row -> csv.append(row).append("\r\n"));
    return csv.toString();
  }

  private static String quoted(String value) {
    if (value == null) {
      return "";
    }
    boolean needsQuotes = value.contains(",") || value.contains("\"") || value.contains("\n")
        || value.contains("\r");
    return needsQuotes ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
