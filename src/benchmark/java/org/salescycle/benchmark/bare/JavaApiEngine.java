package org.salescycle.benchmark.bare;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.salescycle.benchmark.database.JdbcTarget;

/**
 * The bare engine in the benchmark's JVM, started through the Java API: no HTTP, no
 * authentication, full history, the sales cycle's shape.
 */
public final class JavaApiEngine implements AutoCloseable {

  private final ProcessEngine engine;

  private JavaApiEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  public static JavaApiEngine start(JdbcTarget database) {
    var configuration = (ProcessEngineConfigurationImpl)
        ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
            .setProcessEngineName("benchmark-java-api")
            .setJdbcUrl(database.url())
            .setJdbcDriver(database.driverClass())
            .setJdbcUsername(database.user())
            .setJdbcPassword(database.password())
            .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
            .setJobExecutorActivate(false);
    // As the Spring Boot starter does; the standalone default fetches id blocks from a table.
    configuration.setIdGenerator(new StrongUuidGenerator());
    if (database.ownSchema()) {
      configuration.setDatabaseSchema(database.schema());
      configuration.setDatabaseTablePrefix(database.schema() + ".");
    }
    ProcessEngine engine = configuration.buildProcessEngine();
    SalesCycleShape.deployTo(engine);
    return new JavaApiEngine(engine);
  }

  public void start(String businessKey, Map<String, Object> lead) {
    engine.getRuntimeService().startProcessInstanceByKey(SalesCycleShape.KEY, businessKey, lead);
  }

  /**
   * The index on ACT_RU_TASK(PARENT_TASK_ID_) that the application ships and the engine's schema
   * lacks, so that a comparison of task completion is not one of this index.
   */
  public void addTaskParentIndex() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    String prefix = configuration.getDatabaseTablePrefix();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create index SC_IDX_TASK_PARENT on " + prefix
          + "ACT_RU_TASK (PARENT_TASK_ID_)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not index the bare engine's task table", e);
    }
  }

  public ProcessEngine processEngine() {
    return engine;
  }

  @Override
  public void close() {
    engine.close();
  }
}
