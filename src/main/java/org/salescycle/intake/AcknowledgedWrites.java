package org.salescycle.intake;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes committed leads durable before the client hears about them. PostgreSQL is durable at
 * commit. The embedded H2 file writes commits up to half a second later (its WRITE_DELAY), which
 * keeps it fast and its file small; before the lead API answers 201 (or an import its report), a
 * CHECKPOINT writes what was committed, so a killed process loses no lead it acknowledged.
 * Requests that answer at the same time share one CHECKPOINT ({@link SharedCheckpoint}).
 */
@Component
class AcknowledgedWrites {

  private final SharedCheckpoint checkpoint;
  private final boolean embeddedFile;

  AcknowledgedWrites(DataSource dataSource, @Value("${spring.datasource.url:}") String url) {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    this.checkpoint = new SharedCheckpoint(() -> jdbc.execute("CHECKPOINT"));
    this.embeddedFile = url.startsWith("jdbc:h2:file:");
  }

  void makeDurable() {
    if (embeddedFile) {
      checkpoint.await();
    }
  }
}
