package org.salescycle.benchmark.bare;

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
    engine.getRepositoryService().createDeployment().name("sales-cycle-shape")
        .addModelInstance("sales-cycle-shape.bpmn", SalesCycleShape.model()).deploy();
    return new JavaApiEngine(engine);
  }

  public void start(String businessKey, Map<String, Object> lead) {
    engine.getRuntimeService().startProcessInstanceByKey(SalesCycleShape.KEY, businessKey, lead);
  }

  @Override
  public void close() {
    engine.close();
  }
}
