package org.salescycle.benchmark.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows per table of a system's database. The rows one operation adds tell how many INSERTs it
 * cost (rows it inserts and deletes in the same transaction are not written by the engine).
 */
public final class RowCounts {

  private RowCounts() {}

  public static Map<String, Long> of(JdbcTarget target) {
    try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
      Map<String, Long> counts = new TreeMap<>();
      for (String table : tables(connection.getMetaData(), target.schema())) {
        try (ResultSet count = statement.executeQuery(
            "select count(*) from \"" + target.schema() + "\".\"" + table + "\"")) {
          count.next();
          counts.put(table.toLowerCase(Locale.ROOT), count.getLong(1));
        }
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count the rows of " + target.url(), e);
    }
  }

  /** The tables that gained rows between the two counts, and how many each gained. */
  public static Map<String, Long> added(Map<String, Long> before, Map<String, Long> after) {
    Map<String, Long> added = new TreeMap<>();
    after.forEach((table, rows) -> {
      long difference = rows - before.getOrDefault(table, 0L);
      if (difference > 0) {
        added.put(table, difference);
      }
    });
    return added;
  }

  public static long total(Map<String, Long> rows) {
    return rows.values().stream().mapToLong(Long::longValue).sum();
  }

  private static List<String> tables(DatabaseMetaData metadata, String schema) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet result = metadata.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (result.next()) {
        tables.add(result.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
