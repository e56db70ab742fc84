package org.salescycle.benchmark.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.salescycle.benchmark.measure.Progress;
import org.salescycle.lead.CompanyDomains;
import org.salescycle.lead.IdempotencyKey;
import org.salescycle.lead.LeadData;
import org.salescycle.lead.LeadRepository;
import org.salescycle.lead.LeadVariables;
import org.salescycle.process.Leads;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leads put straight where a measurement needs them, with the job executor stopped: each gets its
 * row in the lead table, as the lead API would have made it, and a sales-cycle instance started
 * before the given activities with the lead's variables. Several threads, each committing
 * batches of leads, so that seeding takes seconds, not minutes.
 */
final class SeededLeads {

  static final String PROCESS = "sales-cycle";
  private static final int BATCH = 50;
  private static final int THREADS = Integer.getInteger("benchmark.seedThreads", 4);

  private final RuntimeService runtime;
  private final LeadRepository leads;
  private final CompanyDomains domains;
  private final TransactionTemplate transactions;

  SeededLeads(BenchmarkApplication application) {
    this.runtime = application.engine().getRuntimeService();
    this.leads = application.bean(LeadRepository.class);
    this.domains = application.bean(CompanyDomains.class);
    this.transactions = application.transactions();
  }

  /**
   * {@code count} leads with business keys {@code prefix-0} and up, each instance started
   * before every one of the activities (in one scope where they share it).
   */
  void seed(String what, String prefix, int count, String... activities) {
    long start = System.nanoTime();
    AtomicInteger done = new AtomicInteger();
    int every = Math.max(BATCH, count / 4 / BATCH * BATCH);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> batches = new ArrayList<>();
      for (int first = 0; first < count; first += BATCH) {
        int from = first;
        int to = Math.min(count, first + BATCH);
        batches.add(threads.submit(() -> {
          transactions.executeWithoutResult(status -> {
            for (int i = from; i < to; i++) {
              seedOne(prefix + "-" + i, activities);
            }
          });
          int seeded = done.addAndGet(to - from);
          if (seeded % every == 0 || seeded == count) {
            Progress.say("  seeding %s: %,d of %,d (%.1f s)", what, seeded, count,
                (System.nanoTime() - start) / 1e9);
          }
        }));
      }
      for (Future<?> batch : batches) {
        batch.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Seeding " + what + " failed", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }

  private void seedOne(String leadId, String... activities) {
    Map<String, Object> variables = Leads.qualifiedLead();
    LeadData lead = LeadData.from(variables::get);
    String domain = domains.of(lead.contactEmail()).orElse(null);
    variables.put(LeadVariables.LEAD_ID, leadId);
    variables.put(LeadVariables.COMPANY_DOMAIN, domain);
    variables.put(LeadVariables.DUPLICATE_LEAD, false);
    leads.insertOpen(leadId, lead, domain, "benchmark", IdempotencyKey.NONE, Instant.now());
    ProcessInstantiationBuilder instance =
        runtime.createProcessInstanceByKey(PROCESS).businessKey(leadId);
    for (String activity : activities) {
      instance.startBeforeActivity(activity);
    }
    leads.attachInstance(leadId, instance.setVariables(variables).execute().getId());
  }
}
