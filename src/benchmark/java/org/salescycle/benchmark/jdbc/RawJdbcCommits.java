package org.salescycle.benchmark.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.benchmark.measure.Load;
import org.salescycle.benchmark.measure.Run;

/**
 * The limit: transactions of as many single-row INSERTs as one new lead costs, sent as one JDBC
 * batch (as the engine flushes its inserts) and committed, from one connection per thread;
 * nothing else. The rows are about as wide as the engine's.
 */
public final class RawJdbcCommits {

  private static final String INSERT = """
      insert into bench_commit (id, transaction_id, name, text_value, created_at)
      values (?, ?, ?, ?, ?)""";
  private static final String TEXT = "a value about as long as a lead's company name or e-mail";

  private final JdbcTarget database;

  public RawJdbcCommits(JdbcTarget database) {
    this.database = database;
    try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
      statement.execute("""
          create table bench_commit (id varchar(64) primary key, transaction_id varchar(64) not null,
            name varchar(255), text_value varchar(4000), created_at timestamp)""");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the benchmark table", e);
    }
  }

  /**
   * {@code transactions} transactions of {@code inserts} rows from {@code threads} threads; with
   * {@code checkpoint}, each commit is followed by an H2 CHECKPOINT, as the lead API does on H2.
   */
  public Run run(int transactions, int threads, int inserts, boolean checkpoint) {
    List<Connection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Connection connection = database.connect();
        connection.setAutoCommit(false);
        connections.add(connection);
      }
      return Load.run(transactions, threads, (thread, index) ->
          transaction(connections.get(thread), inserts, checkpoint));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      connections.forEach(RawJdbcCommits::close);
    }
  }

  private static void transaction(Connection connection, int inserts, boolean checkpoint)
      throws SQLException {
    String transaction = UUID.randomUUID().toString();
    Timestamp now = new Timestamp(System.currentTimeMillis());
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (int row = 0; row < inserts; row++) {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, transaction);
        insert.setString(3, "row-" + row);
        insert.setString(4, TEXT);
        insert.setTimestamp(5, now);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    connection.commit();
    if (checkpoint) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CHECKPOINT");
      }
    }
  }

  private static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // the measurement is over
    }
  }
}
