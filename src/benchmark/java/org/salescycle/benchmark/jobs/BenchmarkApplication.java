package org.salescycle.benchmark.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.salescycle.SalesCycleApplication;
import org.salescycle.benchmark.database.JdbcTarget;
import org.salescycle.lead.CompanyDomains;
import org.salescycle.lead.IdempotencyKey;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadVariables;
import org.salescycle.lead.NewLead;
import org.salescycle.process.Leads;
import org.salescycle.process.SalesCycleProcess;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * This application, started inside the benchmark's JVM on an empty database with one
 * job-executor setting, with the benchmark's credit bureau.
 */
public final class BenchmarkApplication extends SpringJobEngine {

  private BenchmarkApplication(ConfigurableApplicationContext context) {
    super(context);
  }

  /** Runs the application with the tests' profile (its admin password and product catalogue). */
  public static BenchmarkApplication start(JdbcTarget database, JobExecutorSettings settings,
      Path logFile) {
    return new BenchmarkApplication(new SpringApplicationBuilder(SalesCycleApplication.class)
        .profiles("test")
        .initializers(BenchmarkApplication::registerBureau)
        .run(arguments(database, settings, logFile)));
  }

  private static void registerBureau(ConfigurableApplicationContext context) {
    ((GenericApplicationContext) context).registerBean(BenchmarkCreditBureau.class,
        definition -> definition.setPrimary(true));
  }

  /**
   * The lead's row in the lead table, as the lead API would have made it, and its instance with
   * the variables the lead API would have given it.
   */
  @Override
  public void startLead(String leadId, String... activities) {
    Map<String, Object> variables = Leads.qualifiedLead();
    NewLead lead = NewLead.from(variables::get);
    String domain = context.getBean(CompanyDomains.class).of(lead.contactEmail()).orElse(null);
    variables.put(LeadVariables.LEAD_ID, leadId);
    variables.put(LeadVariables.COMPANY_DOMAIN, domain);
    variables.put(LeadVariables.DUPLICATE_LEAD, false);
    LeadRepository leads = context.getBean(LeadRepository.class);
    leads.insertOpen(leadId, null, lead, domain, "benchmark", IdempotencyKey.NONE, Instant.now());
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
}
