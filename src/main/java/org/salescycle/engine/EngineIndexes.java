package org.salescycle.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes (and, on PostgreSQL, the planner statistics) the engine's own tables lack, so
 * that completing a task and a rep's task list do not scan every open task, with Flyway migrations
 * in {@code db/engine-migration/common} and the folder of the engine's database type;
 * {@code sales-cycle.engine.engine-indexes=false} leaves the engine's schema as it is.
 *
 * <p>They have a history table of their own and run once the engine has created or updated its
 * schema, so a fresh database gets them on its first start. Switched off, nothing is added or
 * removed: a database keeps what it has, and the migrations not yet applied run at the first start
 * with the switch on again (each only adds an index or statistics, named {@code SC_} so that no
 * index of the engine's clashes with them).
 */
@Component
@ConditionalOnProperty(name = "sales-cycle.engine.engine-indexes", matchIfMissing = true)
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);
  private static final String LOCATION = "classpath:db/engine-migration/";
  private static final String HISTORY_TABLE = "sales_cycle_engine_schema_history";
  /**
   * postgres/V2 as one release shipped it: its comment was rewrapped after an earlier release had
   * been applied, which changed its checksum and nothing else. Databases that applied that text
   * are set back to the first release's checksum (the file's text again), so that Flyway's
   * validation passes for both and still stops any other change.
   */
  private static final int REWRAPPED_V2_CHECKSUM = 1411379017;
  private static final int V2_CHECKSUM = 522005255;
  /** Database types (as the engine names them) with migrations of their own. */
  private static final Set<String> WITH_OWN_MIGRATIONS = Set.of("postgres");

  private final DataSource dataSource;

  EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    String databaseType = ((ProcessEngineConfigurationImpl) processEngine
        .getProcessEngineConfiguration()).getDatabaseType();
    List<String> locations = new ArrayList<>(List.of(LOCATION + "common"));
    if (WITH_OWN_MIGRATIONS.contains(databaseType)) {
      locations.add(LOCATION + databaseType);
    }
    if ("postgres".equals(databaseType)) {
      setBackRewrappedV2Checksum();
    }
    var result = Flyway.configure()
        .dataSource(dataSource)
        .locations(locations.toArray(String[]::new))
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("Engine schema additions applied: {} migration(s), now at version {}",
          result.migrationsExecuted, result.targetSchemaVersion);
    }
  }

  private void setBackRewrappedV2Checksum() {
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    Boolean history = jdbc.queryForObject(
        "select to_regclass(?) is not null", Boolean.class, HISTORY_TABLE);
    if (Boolean.TRUE.equals(history) && jdbc.update("update " + HISTORY_TABLE
        + " set checksum = ? where version = '2' and checksum = ?",
        V2_CHECKSUM, REWRAPPED_V2_CHECKSUM) > 0) {
      LOG.info("Engine schema addition 2: checksum of its rewrapped comment set back");
    }
  }
}
