package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.salescycle.SalesCycleApplication;
import org.salescycle.benchmark.database.JdbcTarget;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * This application, started inside the benchmark's JVM on an empty database with one
 * job-executor setting, and the parts of it the benchmark works with. The job executor is stopped
 * once the application is up: it runs only while a measurement drains the jobs seeded for it.
 */
public final class BenchmarkApplication implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final ProcessEngine engine;
  private final JobExecutor jobExecutor;

  private BenchmarkApplication(ConfigurableApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getJobExecutor();
  }

  /**
   * Runs the application with the tests' profile (its admin password and product catalogue) on
   * the given database, with the job executor enabled, on a random HTTP port, logging to a file.
   */
  public static BenchmarkApplication start(JdbcTarget database, JobExecutorSettings settings,
      Path logFile) {
    List<String> arguments = new ArrayList<>();
    database.springArguments().forEach(arguments::add);
    arguments.addAll(List.of(
        "--camunda.bpm.job-execution.enabled=true",
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--logging.file.name=" + logFile,
        "--logging.threshold.console=WARN"));
    arguments.addAll(Arrays.asList(settings.arguments()));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SalesCycleApplication.class)
            .profiles("test")
            .initializers(BenchmarkApplication::registerBureau)
            .run(arguments.toArray(String[]::new));
    BenchmarkApplication application = new BenchmarkApplication(context);
    application.jobExecutor.shutdown();
    return application;
  }

  private static void registerBureau(ConfigurableApplicationContext context) {
    ((GenericApplicationContext) context).registerBean(BenchmarkCreditBureau.class,
        definition -> definition.setPrimary(true));
  }

  public ProcessEngine engine() {
    return engine;
  }

  public boolean onPostgres() {
    return "postgres".equals(((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getDatabaseType());
  }

  public JobExecutor jobExecutor() {
    return jobExecutor;
  }

  public BenchmarkCreditBureau bureau() {
    return context.getBean(BenchmarkCreditBureau.class);
  }

  public JdbcTemplate jdbc() {
    return context.getBean(JdbcTemplate.class);
  }

  public TransactionTemplate transactions() {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  public <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  public EffectiveSettings effectiveSettings() {
    return EffectiveSettings.of(context, jobExecutor);
  }

  @Override
  public void close() {
    context.close();
  }
}
