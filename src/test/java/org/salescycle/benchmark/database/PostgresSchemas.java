package org.salescycle.benchmark.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.salescycle.postgres.TestPostgres;

/**
 * PostgreSQL: the fresh test database of {@link TestPostgres} (dropped at the end), with one
 * schema per system under test, so that each starts empty and they can run side by side.
 */
final class PostgresSchemas implements BenchmarkDatabase {

  private final TestPostgres postgres = TestPostgres.get();

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public boolean embeddedFile() {
    return false;
  }

  @Override
  public String describe() {
    try (Connection connection = connect(); Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("show server_version")) {
      version.next();
      return "PostgreSQL " + version.getString(1) + " at "
          + postgres.url().replaceFirst("^jdbc:postgresql://([^/]+)/.*$", "$1")
          + " (synchronous_commit on)";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public JdbcTarget create(String system) {
    String schema = "bench_" + system.replaceAll("\\W", "_");
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the schema " + schema, e);
    }
    String url = postgres.url() + (postgres.url().contains("?") ? "&" : "?")
        + "currentSchema=" + schema;
    return new JdbcTarget(url, postgres.user(), postgres.password(), schema, true);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
  }
}
