package org.salescycle.operations;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Adds the indexes the engine's own tables lack (Flyway migrations in {@code db/engine-migration},
 * with a history table of their own). They run once the engine has created or updated its
 * schema, which the application's own migrations run before, so a fresh database gets them on
 * its first start too.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

  private final DataSource dataSource;

  EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    var result = Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine-migration")
        .table("sales_cycle_engine_schema_history")
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
    if (result.migrationsExecuted > 0) {
      LOG.info("Engine indexes added: {} migration(s), now at version {}",
          result.migrationsExecuted, result.targetSchemaVersion);
    }
  }
}
