package org.salescycle.benchmark.database;

/** A kind of database the benchmark runs on; each system under test gets an empty one. */
public interface BenchmarkDatabase {

  /** "H2 file" or "PostgreSQL". */
  String name();

  /** The embedded H2 file, where the lead API forces a CHECKPOINT before it answers. */
  boolean embeddedFile();

  /** Product, version and where it runs, for the machine line. */
  String describe();

  /** An empty database named after the system that will use it. */
  JdbcTarget create(String system);

  /**
   * A copy of a database made by {@link #create}, once nothing uses the original any more: a
   * seeded state to start from again and again.
   */
  JdbcTarget copy(JdbcTarget original, String name);

  /** Removes a database made by {@link #create} or {@link #copy} once nothing uses it any more. */
  void drop(JdbcTarget target);

  static BenchmarkDatabase named(String key) {
    return switch (key) {
      case "h2" -> new H2Files();
      case "postgres" -> new PostgresSchemas();
      default -> throw new IllegalArgumentException(
          "benchmark.databases: unknown database '" + key + "' (h2, postgres)");
    };
  }
}
