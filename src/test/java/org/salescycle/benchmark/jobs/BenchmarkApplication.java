package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.salescycle.SalesCycleApplication;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.lead.CompanyDomains;
import org.salescycle.lead.IdempotencyKey;
import org.salescycle.lead.LeadData;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.Leads;
import org.salescycle.process.SalesCycleProcess;
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
public final class BenchmarkApplication implements JobEngine {

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

  @Override
  public ProcessEngine engine() {
    return engine;
  }

  @Override
  public boolean onPostgres() {
    return "postgres".equals(((ProcessEngineConfigurationImpl) engine
        .getProcessEngineConfiguration()).getDatabaseType());
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

  /**
   * The lead's row in the lead table, as the lead API would have made it, and its instance with
   * the variables the lead API would have given it.
   */
  @Override
  public void startLead(String leadId, String... activities) {
    Map<String, Object> variables = Leads.qualifiedLead();
    LeadData lead = LeadData.from(variables::get);
    String domain = context.getBean(CompanyDomains.class).of(lead.contactEmail()).orElse(null);
    variables.put(LeadVariables.LEAD_ID, leadId);
    variables.put(LeadVariables.COMPANY_DOMAIN, domain);
    variables.put(LeadVariables.DUPLICATE_LEAD, false);
    LeadRepository leads = context.getBean(LeadRepository.class);
    leads.insertOpen(leadId, lead, domain, "benchmark", IdempotencyKey.NONE, Instant.now());
    ProcessInstantiationBuilder instance = engine.getRuntimeService()
        .createProcessInstanceByKey(SalesCycleProcess.KEY).businessKey(leadId);
    for (String activity : activities) {
      instance.startBeforeActivity(activity);
    }
    leads.attachInstance(leadId, instance.setVariables(variables).execute().getId());
  }

  @Override
  public boolean offers(CreditChecks.Bureau bureau) {
    return true;
  }

  @Override
  public void useBureau(CreditChecks.Bureau bureau) {
    BenchmarkCreditBureau asked = context.getBean(BenchmarkCreditBureau.class);
    if (bureau == CreditChecks.Bureau.NO_OP) {
      asked.approveAtOnce();
    } else {
      asked.askCreditPolicy();
    }
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
