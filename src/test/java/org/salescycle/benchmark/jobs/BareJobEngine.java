package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.salescycle.benchmark.bare.BareEngineApplication;
import org.salescycle.benchmark.bare.SalesCycleShape;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.process.Leads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job baseline: the bare engine ({@link BareEngineApplication}, the Camunda Spring Boot
 * starter with full history and nothing of this application) in the benchmark's JVM, with the
 * sales cycle's shape deployed and the job-executor settings given. Its credit check is a no-op
 * step and its nurture timer leads through a no-op assessment to "Qualify lead", so a job costs
 * only the engine's work on the same shape.
 */
final class BareJobEngine implements JobEngine {

  private final ConfigurableApplicationContext context;
  private final ProcessEngine engine;
  private final JobExecutor jobExecutor;

  private BareJobEngine(ConfigurableApplicationContext context) {
    this.context = context;
    this.engine = context.getBean(ProcessEngine.class);
    this.jobExecutor = configuration().getJobExecutor();
  }

  static BareJobEngine start(JdbcTarget database, JobExecutorSettings settings, Path logFile) {
    List<String> arguments = new ArrayList<>(database.springArguments());
    arguments.addAll(List.of(
        "--camunda.bpm.job-execution.enabled=true",
        "--server.port=0",
        "--spring.main.banner-mode=off",
        "--logging.file.name=" + logFile,
        "--logging.threshold.console=WARN"));
    arguments.addAll(Arrays.asList(settings.arguments()));
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(BareEngineApplication.class)
            .properties(BareEngineApplication.CONFIGURATION)
            .run(arguments.toArray(String[]::new));
    BareJobEngine bare = new BareJobEngine(context);
    bare.jobExecutor.shutdown();
    if (bare.engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SalesCycleShape.KEY).count() == 0) {
      SalesCycleShape.deployTo(bare.engine);
    }
    return bare;
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

  /** The same lead variables as this application's seeded leads, and no lead table. */
  @Override
  public void startLead(String leadId, String... activities) {
    ProcessInstantiationBuilder instance = engine.getRuntimeService()
        .createProcessInstanceByKey(SalesCycleShape.KEY).businessKey(leadId);
    for (String activity : activities) {
      instance.startBeforeActivity(activity);
    }
    instance.setVariables(Leads.qualifiedLead()).execute();
  }

  @Override
  public boolean offers(CreditChecks.Bureau bureau) {
    return bureau == CreditChecks.Bureau.NO_OP;
  }

  @Override
  public void useBureau(CreditChecks.Bureau bureau) {
    if (!offers(bureau)) {
      throw new IllegalArgumentException("The bare engine's credit check asks no bureau");
    }
  }

  @Override
  public void close() {
    context.close();
  }
}
