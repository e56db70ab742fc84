package org.salescycle.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** Checks that the engine's task table has the indexes this application adds to it. */
public final class EngineIndexAssertions {

  private EngineIndexAssertions() {}

  public static void assertTaskParentIndexed(DataSource dataSource) throws SQLException {
    assertTaskColumnIndexed(dataSource, "PARENT_TASK_ID_");
  }

  public static void assertTaskColumnIndexed(DataSource dataSource, String column)
      throws SQLException {
    List<String> indexed = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      // H2 keeps unquoted names in upper case, PostgreSQL in lower case
      for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
        try (ResultSet indexes = meta.getIndexInfo(null, null, table, false, false)) {
          while (indexes.next()) {
            String name = indexes.getString("COLUMN_NAME");
            if (name != null) {
              indexed.add(name.toUpperCase(Locale.ROOT));
            }
          }
        }
      }
    }
    assertThat(indexed).as("indexed columns of ACT_RU_TASK").contains(column);
  }
}
