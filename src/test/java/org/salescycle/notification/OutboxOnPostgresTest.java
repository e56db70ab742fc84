package org.salescycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.salescycle.IntegrationTest;
import org.salescycle.postgres.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The outbox's SQL on a real PostgreSQL (the other notification tests run on H2): the migration,
 * an event queued once however often it is queued, and an e-mail held by one node at a time.
 */
@IntegrationTest
class OutboxOnPostgresTest {

  static JdbcTemplate jdbc;
  static Outbox outbox;

  @BeforeAll
  static void database() {
    TestPostgres postgres = TestPostgres.get();
    var dataSource = new DriverManagerDataSource(postgres.url(), postgres.user(),
        postgres.password());
    Flyway.configure().dataSource(dataSource).table("sales_cycle_schema_history")
        .locations("classpath:db/migration", "classpath:db/migration-postgresql")
        .load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    outbox = new Outbox(jdbc);
  }

  @Test
  void anEventIsQueuedOnceAndSentByOneNode() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    Mail mail = new Mail("assigned:t-1:nina", "nina@sales.example", "For you: Qualify lead",
        "Hello Nina,");
    outbox.add(mail, now);
    outbox.add(mail, now);
    assertThat(outbox.addOnce(mail, now)).isFalse();
    assertThat(outbox.addOnce(new Mail("overdue:nina:2026-12-05", "nina@sales.example",
        "Your overdue tasks: 1 task", "Hello Nina,"), now)).isTrue();
    assertThat(outbox.waiting()).isEqualTo(2);

    var due = outbox.due(now, 20);
    assertThat(due).extracting(Outbox.Waiting::subject)
        .containsExactly("For you: Qualify lead", "Your overdue tasks: 1 task");
    long first = due.get(0).id();
    assertThat(outbox.claim(first, now, now.plusSeconds(120))).isTrue();
    assertThat(outbox.claim(first, now, now.plusSeconds(120))).as("another node").isFalse();
    assertThat(outbox.due(now, 20)).hasSize(1);

    outbox.markFailed(first, "Connection refused", now.plusSeconds(30));
    outbox.postponeDue(now.plusSeconds(30));
    assertThat(outbox.due(now, 20)).as("all wait for the next attempt").isEmpty();
    var retried = outbox.due(now.plusSeconds(30), 20);
    assertThat(retried).extracting(Outbox.Waiting::attempts).containsExactly(0, 1);

    Instant later = now.plusSeconds(30);
    retried.forEach(waiting -> {
      assertThat(outbox.claim(waiting.id(), later, later.plusSeconds(120))).isTrue();
      outbox.markSent(waiting.id(), later);
    });
    assertThat(outbox.waiting()).isZero();
    outbox.forgetSentBefore(later.plus(Duration.ofSeconds(1)));
    assertThat(jdbc.queryForObject("select count(*) from notification", Integer.class)).isZero();
  }
}
