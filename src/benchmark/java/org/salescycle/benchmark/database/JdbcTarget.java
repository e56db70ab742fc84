package org.salescycle.benchmark.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * An empty database for one system under test. On PostgreSQL it is a schema of its own, so the
 * engine is told its schema (and prefixes its tables with it, as Camunda then requires):
 * otherwise it would look for its tables in every schema.
 */
public record JdbcTarget(String url, String user, String password, String schema,
    boolean ownSchema) {

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  public String driverClass() {
    return url.startsWith("jdbc:h2:") ? "org.h2.Driver" : "org.postgresql.Driver";
  }

  /** The settings of a Spring Boot application on this database, as command line arguments. */
  public List<String> springArguments() {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.datasource.url=" + url,
        "--spring.datasource.username=" + user,
        "--spring.datasource.password=" + password));
    if (ownSchema) {
      arguments.add("--camunda.bpm.database.schema-name=" + schema);
      arguments.add("--camunda.bpm.database.table-prefix=" + schema + ".");
    }
    return arguments;
  }
}
