package org.salescycle.benchmark.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The embedded H2 file database, as the application runs by default: a new file per system under
 * test, under target/benchmark/h2/. AUTO_SERVER=TRUE lets the benchmark read a file that a
 * server JVM has open (to count its rows); the JVM that opened it still uses it embedded.
 */
final class H2Files implements BenchmarkDatabase {

  private static final Path DIRECTORY = Path.of("target", "benchmark", "h2").toAbsolutePath();

  H2Files() {
    deleteEarlierRuns();
  }

  @Override
  public String name() {
    return "H2 file";
  }

  @Override
  public boolean embeddedFile() {
    return true;
  }

  @Override
  public String describe() {
    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:")) {
      return "H2 " + connection.getMetaData().getDatabaseProductVersion()
          + " embedded file database";
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public JdbcTarget create(String system) {
    return target(DIRECTORY.resolve(system + "-" + UUID.randomUUID().toString().substring(0, 8)));
  }

  /** The closed database is one file, {@code name.mv.db}. */
  @Override
  public JdbcTarget copy(JdbcTarget original, String name) {
    JdbcTarget copy = create(name);
    try {
      Files.copy(dataFile(original), dataFile(copy));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  @Override
  public void drop(JdbcTarget target) {
    String base = file(target).getFileName().toString();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      files.filter(file -> file.getFileName().toString().startsWith(base + "."))
          .forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JdbcTarget target(Path file) {
    return new JdbcTarget("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE", "sa", "", "PUBLIC", false);
  }

  private static Path file(JdbcTarget target) {
    return Path.of(target.url().substring("jdbc:h2:file:".length()).split(";")[0]);
  }

  private static Path dataFile(JdbcTarget target) {
    Path file = file(target);
    return file.resolveSibling(file.getFileName() + ".mv.db");
  }

  private static void deleteEarlierRuns() {
    if (!Files.isDirectory(DIRECTORY)) {
      return;
    }
    try (Stream<Path> files = Files.walk(DIRECTORY)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
