package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The purchase timeline becomes a month: sales_lead.planned_purchase ("2027-06"). A lead stored
 * before kept only the months from its intake, in its instance's variable purchaseTimelineMonths;
 * its planned month is the month of intake plus those months. A figure update after nurture is
 * audited like a correction (lead_correction.kind FIGURES), with an optional note instead of a
 * required reason. Written in Java: the engine's tables, where the months are, exist only on a
 * database the engine has run on, and adding months to a date is written differently per database.
 */
public class V12__planned_purchase extends BaseJavaMigration {

  private static final String MONTHS = "purchaseTimelineMonths";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("alter table sales_lead add column planned_purchase varchar(7)");
      ddl.execute("alter table lead_correction add column kind varchar(16) default 'CORRECTION' "
          + "not null");
      ddl.execute("alter table lead_correction alter column reason drop not null");
    }
    Map<String, YearMonth> planned = new LinkedHashMap<>();
    for (String variables : new String[] {"act_hi_varinst", "act_ru_variable"}) {
      if (!exists(connection, variables)) {
        continue;
      }
      try (PreparedStatement query = connection.prepareStatement("""
          select l.id, l.created_at, v.long_ from sales_lead l join %s v
            on v.proc_inst_id_ = l.process_instance_id and v.name_ = ?
          where l.planned_purchase is null and v.long_ is not null""".formatted(variables))) {
        query.setString(1, MONTHS);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            YearMonth intake = YearMonth.from(
                rows.getTimestamp(2).toInstant().atZone(ZoneOffset.UTC));
            planned.put(rows.getString(1), intake.plusMonths(rows.getLong(3)));
          }
        }
      }
    }
    try (PreparedStatement update = connection.prepareStatement(
        "update sales_lead set planned_purchase = ? where id = ?")) {
      for (Map.Entry<String, YearMonth> lead : planned.entrySet()) {
        update.setString(1, lead.getValue().toString());
        update.setString(2, lead.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
      try (ResultSet tables = metaData.getTables(null, null, name, new String[] {"TABLE"})) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
