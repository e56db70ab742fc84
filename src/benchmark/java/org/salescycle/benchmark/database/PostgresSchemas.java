package org.salescycle.benchmark.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.salescycle.postgres.TestPostgres;

/**
 * PostgreSQL: the fresh test database of {@link TestPostgres} (dropped at the end), with one
 * schema per system under test, so that each starts empty and they can run side by side.
 */
final class PostgresSchemas implements BenchmarkDatabase {

  private final TestPostgres postgres = TestPostgres.get();
  /** Copies not dropped yet, dropped at the latest when the JVM exits (e.g. after Ctrl-C). */
  private final Set<JdbcTarget> copies = ConcurrentHashMap.newKeySet();

  PostgresSchemas() {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> copies.forEach(this::drop)));
  }

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

  /**
   * A database of its own, made from the test database as its template (a copy of its files,
   * which takes seconds); nobody may be connected to the test database meanwhile.
   */
  @Override
  public JdbcTarget copy(JdbcTarget original, String name) {
    String copy = (testDatabase() + "_" + name.replaceAll("\\W", "_")).toLowerCase(Locale.ROOT);
    try (Connection connection = maintenance(); Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + copy + " with (force)");
      statement.execute("create database " + copy + " template " + testDatabase());
    } catch (SQLException e) {
      throw new IllegalStateException("Could not copy " + testDatabase() + " to " + copy, e);
    }
    JdbcTarget target = new JdbcTarget(
        original.url().replace("/" + testDatabase() + "?", "/" + copy + "?"),
        original.user(), original.password(), original.schema(), original.ownSchema());
    copies.add(target);
    return target;
  }

  @Override
  public void drop(JdbcTarget target) {
    String database = databaseOf(target.url());
    if (!database.equals(testDatabase())) {
      try (Connection connection = maintenance();
          Statement statement = connection.createStatement()) {
        statement.execute("drop database if exists " + database + " with (force)");
      } catch (SQLException e) {
        throw new IllegalStateException("Could not drop the database " + database, e);
      }
      copies.remove(target);
      return;
    }
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + target.schema() + " cascade");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the schema " + target.schema(), e);
    }
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(postgres.url(), postgres.user(), postgres.password());
  }

  /**
   * Another database of the server, to create and drop databases from: "postgres", unless the
   * tests use that one (the embedded server, which nobody else uses, so template1 is free).
   */
  private Connection maintenance() throws SQLException {
    String other = "postgres".equals(testDatabase()) ? "template1" : "postgres";
    String url = postgres.url().replace("/" + testDatabase(), "/" + other);
    return DriverManager.getConnection(url, postgres.user(), postgres.password());
  }

  private String testDatabase() {
    return databaseOf(postgres.url());
  }

  private static String databaseOf(String url) {
    String path = url.substring(url.lastIndexOf('/') + 1);
    int parameters = path.indexOf('?');
    return parameters < 0 ? path : path.substring(0, parameters);
  }
}
