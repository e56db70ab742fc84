package org.salescycle.postgres;

import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.core.ConditionTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for the tests: a fresh database on the server at 127.0.0.1:5432 where one
 * answers (user postgres, trust authentication, as on CI), otherwise an embedded PostgreSQL
 * started from Maven Central's zonky binaries. SALES_CYCLE_TEST_POSTGRES=embedded forces the
 * embedded one; SALES_CYCLE_TEST_POSTGRES_URL/_USER/_PASSWORD name another server.
 */
public final class TestPostgres {

  private static final Logger LOG = LoggerFactory.getLogger(TestPostgres.class);
  private static TestPostgres instance;

  private final String url;
  private final String user;
  private final String password;

  private TestPostgres(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  public static synchronized TestPostgres get() {
    if (instance == null) {
      instance = "embedded".equals(System.getenv("SALES_CYCLE_TEST_POSTGRES"))
          ? embedded()
          : server().orElseGet(TestPostgres::embedded);
    }
    return instance;
  }

  /** For a {@code @DynamicPropertySource}: the application's data source is this database. */
  public static void register(DynamicPropertyRegistry registry) {
    TestPostgres postgres = get();
    registry.add("spring.datasource.url", postgres::url);
    registry.add("spring.datasource.username", postgres::user);
    registry.add("spring.datasource.password", postgres::password);
  }

  public String url() {
    return url;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  private static Optional<TestPostgres> server() {
    String base = env("SALES_CYCLE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    String user = env("SALES_CYCLE_TEST_POSTGRES_USER", "postgres");
    String password = env("SALES_CYCLE_TEST_POSTGRES_PASSWORD", "");
    String database = "sales_cycle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection connection = DriverManager.getConnection(base + "?connectTimeout=2", user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + database);
    } catch (SQLException e) {
      LOG.info("No PostgreSQL server answers at {} ({}); starting an embedded one", base, e.getMessage());
      return Optional.empty();
    }
    String url = base.substring(0, base.lastIndexOf('/') + 1) + database;
    LOG.info("Tests use the PostgreSQL database {}", url);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(base, user, password, database)));
    return Optional.of(new TestPostgres(url, user, password));
  }

  private static TestPostgres embedded() {
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException e) {
          LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
      }));
      LOG.info("Tests use an embedded PostgreSQL on port {}", postgres.getPort());
      return new TestPostgres(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("Neither a PostgreSQL server nor an embedded one is available", e);
    }
  }

  /**
   * Runs at JVM exit, beside Spring's own shutdown: waits until the application has closed its
   * connections, then drops the database. Forcing the drop earlier would leave the closing
   * application waiting for connections to a database that is gone.
   */
  private static void drop(String base, String user, String password, String database) {
    AtomicReference<SQLException> stillInUse = new AtomicReference<>();
    try {
      await("drop of " + database).atMost(Duration.ofSeconds(20))
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).pollInSameThread()
          .until(() -> {
            try (Connection connection = DriverManager.getConnection(base, user, password);
                Statement statement = connection.createStatement()) {
              statement.execute("drop database if exists " + database);
              return true;
            } catch (SQLException e) {
              stillInUse.set(e);
              return false;
            }
          });
    } catch (ConditionTimeoutException e) {
      LOG.warn("Test database {} was not dropped: {}", database, stillInUse.get().getMessage());
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
