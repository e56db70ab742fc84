package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.salescycle.benchmark.bare.BareEngineApplication;
import org.salescycle.benchmark.bare.SalesCycleShape;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.process.Leads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The job baseline: the bare engine ({@link BareEngineApplication}, the Camunda Spring Boot
 * starter with full history and nothing of this application) in the benchmark's JVM, with the
 * sales cycle's shape deployed and the job-executor settings given. Its credit check is a no-op
 * step and its nurture timer leads through a no-op assessment to "Qualify lead", so a job costs
 * only the engine's work on the same shape.
 */
final class BareJobEngine extends SpringJobEngine {

  private BareJobEngine(ConfigurableApplicationContext context) {
    super(context);
  }

  static BareJobEngine start(JdbcTarget database, JobExecutorSettings settings, Path logFile) {
    BareJobEngine bare = new BareJobEngine(new SpringApplicationBuilder(BareEngineApplication.class)
        .properties(BareEngineApplication.CONFIGURATION)
        .run(arguments(database, settings, logFile)));
    if (bare.engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SalesCycleShape.KEY).count() == 0) {
      SalesCycleShape.deployTo(bare.engine);
    }
    return bare;
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
}
