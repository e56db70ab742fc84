package org.salescycle.benchmark.database;

import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of a benchmark that seeds an application context of its own
 * ({@code PipelineBenchmark}, {@code TaskCompletionBenchmark}): a new H2 file under
 * {@code target/benchmark/} by default, or with {@code -Dbenchmark.database=postgres} a schema
 * of its own in the PostgreSQL test database.
 */
public final class ContextDatabase {

  private static final boolean POSTGRES =
      "postgres".equalsIgnoreCase(System.getProperty("benchmark.database", "h2"));

  private ContextDatabase() {
  }

  /** For a {@code @DynamicPropertySource}: points the application at the benchmark's database. */
  public static void register(DynamicPropertyRegistry registry, String benchmark) {
    if (!POSTGRES) {
      registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/benchmark/"
          + benchmark + "-" + UUID.randomUUID());
      return;
    }
    JdbcTarget target = new PostgresSchemas().create(benchmark);
    registry.add("spring.datasource.url", target::url);
    registry.add("spring.datasource.username", target::user);
    registry.add("spring.datasource.password", target::password);
    registry.add("camunda.bpm.database.schema-name", target::schema);
    registry.add("camunda.bpm.database.table-prefix", () -> target.schema() + ".");
  }

  /** The kind of database the context runs on, for a baseline engine's database beside it. */
  public static BenchmarkDatabase kind() {
    return BenchmarkDatabase.named(POSTGRES ? "postgres" : "h2");
  }

  /** What the tables call the database: "H2 file" or "PostgreSQL". */
  public static String name() {
    return POSTGRES ? "PostgreSQL" : "H2 file";
  }

  /** After seeding: PostgreSQL's planner needs fresh statistics to pick the indexes. */
  public static void seeded(JdbcTemplate jdbc) {
    if (POSTGRES) {
      jdbc.execute("analyze");
    }
  }

  /**
   * After a bulk load that a working server's autovacuum would have vacuumed by the time anyone
   * reads (it does after many inserts since PostgreSQL 13, whether or not the test server runs
   * it): the visibility map lets covering indexes answer without reading the table.
   */
  public static void vacuumed(JdbcTemplate jdbc) {
    if (POSTGRES) {
      jdbc.execute("vacuum analyze");
    }
  }
}
