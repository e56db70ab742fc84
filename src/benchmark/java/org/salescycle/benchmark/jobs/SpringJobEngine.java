package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.salescycle.benchmark.database.JdbcTarget;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A Spring Boot application with the Camunda starter, started in the benchmark's JVM, and the
 * parts of it the benchmark works with. The job executor is stopped once the application is up:
 * it runs only while a measurement drains the jobs seeded for it.
 */
abstract class SpringJobEngine implements JobEngine {

  protected final ConfigurableApplicationContext context;
  protected final ProcessEngine engine;
  private final JobExecutor jobExecutor;

  protected SpringJobEngine(ConfigurableApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.jobExecutor = configuration().getJobExecutor();
    jobExecutor.shutdown();
  }

  /**
   * The command line of such an application: the database, the job executor enabled, a random
   * HTTP port, its log in a file, and the job-executor settings under test.
   */
  protected static String[] arguments(JdbcTarget database, JobExecutorSettings settings,
      Path logFile) {
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.addAll(List.of(
        "--camunda.bpm.job-execution.enabled=true",
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--logging.file.name=" + logFile,
        "--logging.threshold.console=WARN"));
    arguments.addAll(Arrays.asList(settings.arguments()));
    return arguments.toArray(String[]::new);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public JobExecutor jobExecutor() {
    return jobExecutor;
  }

  @Override
  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  @Override
  public TransactionTemplate transactions() {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  @Override
  public boolean onPostgres() {
    return "postgres".equals(configuration().getDatabaseType());
  }

  @Override
  public EffectiveSettings effectiveSettings() {
    return EffectiveSettings.of(context, jobExecutor);
  }

  @Override
  public void close() {
    context.close();
  }
}
